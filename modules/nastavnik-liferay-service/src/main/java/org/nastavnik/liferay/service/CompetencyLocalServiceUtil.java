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

import org.nastavnik.liferay.model.Competency;

/**
 * Provides the local service utility for Competency. This utility wraps
 * <code>org.nastavnik.liferay.service.impl.CompetencyLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Brian Wing Shun Chan
 * @see CompetencyLocalService
 * @generated
 */
public class CompetencyLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>org.nastavnik.liferay.service.impl.CompetencyLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Adds the competency to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CompetencyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param competency the competency
	 * @return the competency that was added
	 */
	public static Competency addCompetency(Competency competency) {
		return getService().addCompetency(competency);
	}

	public static Competency addCompetency(
		long userId, String code, String area, String nameRu, String nameEn,
		int priority,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return getService().addCompetency(
			userId, code, area, nameRu, nameEn, priority, serviceContext);
	}

	/**
	 * Creates a new competency with the primary key. Does not add the competency to the database.
	 *
	 * @param competencyId the primary key for the new competency
	 * @return the new competency
	 */
	public static Competency createCompetency(long competencyId) {
		return getService().createCompetency(competencyId);
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
	 * Deletes the competency from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CompetencyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param competency the competency
	 * @return the competency that was removed
	 */
	public static Competency deleteCompetency(Competency competency) {
		return getService().deleteCompetency(competency);
	}

	/**
	 * Deletes the competency with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CompetencyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param competencyId the primary key of the competency
	 * @return the competency that was removed
	 * @throws PortalException if a competency with the primary key could not be found
	 */
	public static Competency deleteCompetency(long competencyId)
		throws PortalException {

		return getService().deleteCompetency(competencyId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.CompetencyModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.CompetencyModelImpl</code>.
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

	public static Competency fetchCompetency(long competencyId) {
		return getService().fetchCompetency(competencyId);
	}

	public static Competency fetchCompetency(long groupId, String code) {
		return getService().fetchCompetency(groupId, code);
	}

	/**
	 * Returns the competency matching the UUID and group.
	 *
	 * @param uuid the competency's UUID
	 * @param groupId the primary key of the group
	 * @return the matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public static Competency fetchCompetencyByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchCompetencyByUuidAndGroupId(uuid, groupId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * Returns a range of all the competencies.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.CompetencyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competencies
	 * @param end the upper bound of the range of competencies (not inclusive)
	 * @return the range of competencies
	 */
	public static List<Competency> getCompetencies(int start, int end) {
		return getService().getCompetencies(start, end);
	}

	public static List<Competency> getCompetencies(long groupId) {
		return getService().getCompetencies(groupId);
	}

	/**
	 * Returns all the competencies matching the UUID and company.
	 *
	 * @param uuid the UUID of the competencies
	 * @param companyId the primary key of the company
	 * @return the matching competencies, or an empty list if no matches were found
	 */
	public static List<Competency> getCompetenciesByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getCompetenciesByUuidAndCompanyId(uuid, companyId);
	}

	/**
	 * Returns a range of competencies matching the UUID and company.
	 *
	 * @param uuid the UUID of the competencies
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of competencies
	 * @param end the upper bound of the range of competencies (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching competencies, or an empty list if no matches were found
	 */
	public static List<Competency> getCompetenciesByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Competency> orderByComparator) {

		return getService().getCompetenciesByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of competencies.
	 *
	 * @return the number of competencies
	 */
	public static int getCompetenciesCount() {
		return getService().getCompetenciesCount();
	}

	/**
	 * Returns the competency with the primary key.
	 *
	 * @param competencyId the primary key of the competency
	 * @return the competency
	 * @throws PortalException if a competency with the primary key could not be found
	 */
	public static Competency getCompetency(long competencyId)
		throws PortalException {

		return getService().getCompetency(competencyId);
	}

	/**
	 * Returns the competency matching the UUID and group.
	 *
	 * @param uuid the competency's UUID
	 * @param groupId the primary key of the group
	 * @return the matching competency
	 * @throws PortalException if a matching competency could not be found
	 */
	public static Competency getCompetencyByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getCompetencyByUuidAndGroupId(uuid, groupId);
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
	 * Updates the competency in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CompetencyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param competency the competency
	 * @return the competency that was updated
	 */
	public static Competency updateCompetency(Competency competency) {
		return getService().updateCompetency(competency);
	}

	public static CompetencyLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<CompetencyLocalService> _serviceSnapshot =
		new Snapshot<>(
			CompetencyLocalServiceUtil.class, CompetencyLocalService.class);

}