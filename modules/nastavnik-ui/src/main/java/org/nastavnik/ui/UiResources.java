package org.nastavnik.ui;

import org.osgi.service.component.annotations.Component;

/**
 * Serves the web UI (plain ES modules, custom elements, a small style sheet) from this bundle's
 * {@code /META-INF/resources/nastavnik-ui} folder through the OSGi HTTP whiteboard as resources.
 *
 * <p>In the embedded runtime the files are at {@code /nastavnik-ui/*}, e.g.
 * {@code /nastavnik-ui/nastavnik.js}. In the portal the same files are served under
 * {@code /o/nastavnik-ui/}, because Liferay mounts whiteboard resources below {@code /o}. The
 * component is only a marker service: the whiteboard reads its properties, not its methods.</p>
 */
@Component(
	property = {
		"osgi.http.whiteboard.resource.pattern=/nastavnik-ui/*",
		"osgi.http.whiteboard.resource.prefix=/META-INF/resources/nastavnik-ui"
	},
	service = UiResources.class
)
public class UiResources {
}
