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
 * The extended model interface for the ProgramCurator service. Represents a row in the &quot;Nastavnik_ProgramCurator&quot; database table, with each column mapped to a property of this class.
 *
 * @author Brian Wing Shun Chan
 * @see ProgramCuratorModel
 * @generated
 */
@ImplementationClassName("org.nastavnik.liferay.model.impl.ProgramCuratorImpl")
@ProviderType
public interface ProgramCurator extends PersistedModel, ProgramCuratorModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>org.nastavnik.liferay.model.impl.ProgramCuratorImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<ProgramCurator, Long>
		PROGRAM_CURATOR_ID_ACCESSOR = new Accessor<ProgramCurator, Long>() {

			@Override
			public Long get(ProgramCurator programCurator) {
				return programCurator.getProgramCuratorId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<ProgramCurator> getTypeClass() {
				return ProgramCurator.class;
			}

		};

}