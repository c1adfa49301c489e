/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.model;

import com.liferay.portal.kernel.annotation.ImplementationClassName;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.Accessor;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The extended model interface for the MenteeProfile service. Represents a row in the &quot;Nastavnik_MenteeProfile&quot; database table, with each column mapped to a property of this class.
 *
 * @author Brian Wing Shun Chan
 * @see MenteeProfileModel
 * @generated
 */
@ImplementationClassName("org.nastavnik.liferay.model.impl.MenteeProfileImpl")
@ProviderType
public interface MenteeProfile extends MenteeProfileModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>org.nastavnik.liferay.model.impl.MenteeProfileImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<MenteeProfile, Long>
		MENTEE_PROFILE_ID_ACCESSOR = new Accessor<MenteeProfile, Long>() {

			@Override
			public Long get(MenteeProfile menteeProfile) {
				return menteeProfile.getMenteeProfileId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<MenteeProfile> getTypeClass() {
				return MenteeProfile.class;
			}

		};

}