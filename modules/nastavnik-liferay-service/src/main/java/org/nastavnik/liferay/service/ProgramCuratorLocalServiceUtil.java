/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.module.service.Snapshot;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import org.nastavnik.liferay.model.ProgramCurator;

/**
 * Provides the local service utility for ProgramCurator. This utility wraps
 * <code>org.nastavnik.liferay.service.impl.ProgramCuratorLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Brian Wing Shun Chan
 * @see ProgramCuratorLocalService
 * @generated
 */
public class ProgramCuratorLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>org.nastavnik.liferay.service.impl.ProgramCuratorLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static ProgramCurator addProgramCurator(
		long userId, long programId, long curatorUserId,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return getService().addProgramCurator(
			userId, programId, curatorUserId, serviceContext);
	}

	/**
	 * Adds the program curator to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ProgramCuratorLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param programCurator the program curator
	 * @return the program curator that was added
	 */
	public static ProgramCurator addProgramCurator(
		ProgramCurator programCurator) {

		return getService().addProgramCurator(programCurator);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel createPersistedModel(
			Serializable primaryKeyObj)
		throws PortalException {

		return getService().createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new program curator with the primary key. Does not add the program curator to the database.
	 *
	 * @param programCuratorId the primary key for the new program curator
	 * @return the new program curator
	 */
	public static ProgramCurator createProgramCurator(long programCuratorId) {
		return getService().createProgramCurator(programCuratorId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the program curator with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ProgramCuratorLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param programCuratorId the primary key of the program curator
	 * @return the program curator that was removed
	 * @throws PortalException if a program curator with the primary key could not be found
	 */
	public static ProgramCurator deleteProgramCurator(long programCuratorId)
		throws PortalException {

		return getService().deleteProgramCurator(programCuratorId);
	}

	/**
	 * Deletes the program curator from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ProgramCuratorLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param programCurator the program curator
	 * @return the program curator that was removed
	 */
	public static ProgramCurator deleteProgramCurator(
		ProgramCurator programCurator) {

		return getService().deleteProgramCurator(programCurator);
	}

	public static <T> T dslQuery(DSLQuery dslQuery) {
		return getService().dslQuery(dslQuery);
	}

	public static int dslQueryCount(DSLQuery dslQuery) {
		return getService().dslQueryCount(dslQuery);
	}

	public static DynamicQuery dynamicQuery() {
		return getService().dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	public static <T> List<T> dynamicQuery(DynamicQuery dynamicQuery) {
		return getService().dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @return the range of matching rows
	 */
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getService().dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rows
	 */
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator) {

		return getService().dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(DynamicQuery dynamicQuery) {
		return getService().dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(
		DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return getService().dynamicQueryCount(dynamicQuery, projection);
	}

	public static ProgramCurator fetchProgramCurator(long programCuratorId) {
		return getService().fetchProgramCurator(programCuratorId);
	}

	/**
	 * Returns the program curator matching the UUID and group.
	 *
	 * @param uuid the program curator's UUID
	 * @param groupId the primary key of the group
	 * @return the matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public static ProgramCurator fetchProgramCuratorByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchProgramCuratorByUuidAndGroupId(uuid, groupId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return getService().getExportActionableDynamicQuery(portletDataContext);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the program curator with the primary key.
	 *
	 * @param programCuratorId the primary key of the program curator
	 * @return the program curator
	 * @throws PortalException if a program curator with the primary key could not be found
	 */
	public static ProgramCurator getProgramCurator(long programCuratorId)
		throws PortalException {

		return getService().getProgramCurator(programCuratorId);
	}

	/**
	 * Returns the program curator matching the UUID and group.
	 *
	 * @param uuid the program curator's UUID
	 * @param groupId the primary key of the group
	 * @return the matching program curator
	 * @throws PortalException if a matching program curator could not be found
	 */
	public static ProgramCurator getProgramCuratorByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getProgramCuratorByUuidAndGroupId(uuid, groupId);
	}

	/**
	 * Returns a range of all the program curators.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @return the range of program curators
	 */
	public static List<ProgramCurator> getProgramCurators(int start, int end) {
		return getService().getProgramCurators(start, end);
	}

	public static List<ProgramCurator> getProgramCurators(long programId) {
		return getService().getProgramCurators(programId);
	}

	/**
	 * Returns all the program curators matching the UUID and company.
	 *
	 * @param uuid the UUID of the program curators
	 * @param companyId the primary key of the company
	 * @return the matching program curators, or an empty list if no matches were found
	 */
	public static List<ProgramCurator> getProgramCuratorsByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getProgramCuratorsByUuidAndCompanyId(
			uuid, companyId);
	}

	/**
	 * Returns a range of program curators matching the UUID and company.
	 *
	 * @param uuid the UUID of the program curators
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching program curators, or an empty list if no matches were found
	 */
	public static List<ProgramCurator> getProgramCuratorsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<ProgramCurator> orderByComparator) {

		return getService().getProgramCuratorsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of program curators.
	 *
	 * @return the number of program curators
	 */
	public static int getProgramCuratorsCount() {
		return getService().getProgramCuratorsCount();
	}

	/**
	 * Updates the program curator in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ProgramCuratorLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param programCurator the program curator
	 * @return the program curator that was updated
	 */
	public static ProgramCurator updateProgramCurator(
		ProgramCurator programCurator) {

		return getService().updateProgramCurator(programCurator);
	}

	public static ProgramCuratorLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<ProgramCuratorLocalService> _serviceSnapshot =
		new Snapshot<>(
			ProgramCuratorLocalServiceUtil.class,
			ProgramCuratorLocalService.class);

}