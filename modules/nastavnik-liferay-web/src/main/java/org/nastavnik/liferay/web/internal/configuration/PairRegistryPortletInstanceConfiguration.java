package org.nastavnik.liferay.web.internal.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * The configuration of one Pair registry widget, kept in its portlet preferences (key
 * {@code programId}) and read through Liferay's {@code ConfigurationProvider}, which finds the PID
 * in {@link Meta.OCD} and the default in {@link Meta.AD}.
 */
@ExtendedObjectClassDefinition(
	scope = ExtendedObjectClassDefinition.Scope.PORTLET_INSTANCE
)
@Meta.OCD(
	id = "org.nastavnik.liferay.web.internal.configuration.PairRegistryPortletInstanceConfiguration",
	localization = "content/Language",
	name = "pair-registry-portlet-instance-configuration-name"
)
public interface PairRegistryPortletInstanceConfiguration {

	/**
	 * @return the ID of the program whose pairs the widget shows, or 0 to let the user choose
	 */
	@Meta.AD(
		deflt = "0", description = "program-id-help", name = "program-id",
		required = false
	)
	public long programId();

}
