package org.nastavnik.liferay.web.internal.portlet;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.module.configuration.ConfigurationException;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import java.util.List;
import java.util.Map;

import javax.portlet.Portlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;

import org.nastavnik.access.Action;
import org.nastavnik.liferay.web.constants.NastavnikPortletKeys;
import org.nastavnik.liferay.web.internal.configuration.PairRegistryPortletInstanceConfiguration;
import org.nastavnik.pairs.PairActions;
import org.nastavnik.program.ProgramActions;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The widget of mentoring pairs ({@code <nastavnik-pair-registry>}). Instanceable: each instance may
 * be fixed to one program in its configuration, e.g. a school's page showing its own program.
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=portlet-nastavnik-pair-registry",
		"com.liferay.portlet.display-category=category.nastavnik",
		"com.liferay.portlet.instanceable=true",
		"com.liferay.portlet.preferences-owned-by-group=true",
		"com.liferay.portlet.private-request-attributes=false",
		"com.liferay.portlet.private-session-attributes=false",
		"com.liferay.portlet.use-default-template=true",
		"javax.portlet.display-name=Pair Registry",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.name=" + NastavnikPortletKeys.PAIR_REGISTRY,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class PairRegistryPortlet extends BaseNastavnikPortlet {

	@Override
	protected List<Action> getActions() {
		return List.of(ProgramActions.ADD_PROGRAM, PairActions.MANAGE_PAIRS);
	}

	@Override
	protected Map<String, String> getElementAttributes(
			RenderRequest renderRequest, ThemeDisplay themeDisplay)
		throws PortletException {

		Map<String, String> attributes = super.getElementAttributes(
			renderRequest, themeDisplay);

		long programId = _getProgramId(themeDisplay);

		// Without a program the element lets the user choose among all programs.

		if (programId > 0) {
			attributes.put("program-id", String.valueOf(programId));
		}

		return attributes;
	}

	@Override
	protected String getElementName() {
		return "nastavnik-pair-registry";
	}

	private long _getProgramId(ThemeDisplay themeDisplay)
		throws PortletException {

		try {
			PairRegistryPortletInstanceConfiguration
				pairRegistryPortletInstanceConfiguration =
					_configurationProvider.getPortletInstanceConfiguration(
						PairRegistryPortletInstanceConfiguration.class,
						themeDisplay);

			return pairRegistryPortletInstanceConfiguration.programId();
		}
		catch (ConfigurationException configurationException) {
			throw new PortletException(configurationException);
		}
	}

	@Reference
	private ConfigurationProvider _configurationProvider;

}
