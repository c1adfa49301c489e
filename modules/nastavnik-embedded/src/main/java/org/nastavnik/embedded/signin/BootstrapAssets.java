package org.nastavnik.embedded.signin;

import org.osgi.service.component.annotations.Component;

/**
 * Serves the bundle's {@code /assets} folder (Bootstrap 4.6 CSS, copied in from its WebJar at build
 * time) at {@code /assets/*}, so the pages need no CDN.
 */
@Component(
	property = {
		"osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)",
		"osgi.http.whiteboard.resource.pattern=/assets/*",
		"osgi.http.whiteboard.resource.prefix=/assets"
	},
	service = BootstrapAssets.class
)
public class BootstrapAssets {
}
