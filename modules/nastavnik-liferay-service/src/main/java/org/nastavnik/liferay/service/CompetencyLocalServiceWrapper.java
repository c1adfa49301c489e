/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link CompetencyLocalService}.
 *
 * @author Brian Wing Shun Chan
 * @see CompetencyLocalService
 * @generated
 */
public class CompetencyLocalServiceWrapper
	implements CompetencyLocalService, ServiceWrapper<CompetencyLocalService> {

	public CompetencyLocalServiceWrapper() {
		this(null);
	}

	public CompetencyLocalServiceWrapper(
		CompetencyLocalService competencyLocalService) {

		_competencyLocalService = competencyLocalService;
	}

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
	@Override
	public org.nastavnik.liferay.model.Competency addCompetency(
		org.nastavnik.liferay.model.Competency competency) {

		return _competencyLocalService.addCompetency(competency);
	}

	@Override
	public org.nastavnik.liferay.model.Competency addCompetency(
		long userId, String code, String area, String nameRu, String nameEn,
		int priority,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return _competencyLocalService.addCompetency(
			userId, code, area, nameRu, nameEn, priority, serviceContext);
	}

	/**
	 * Creates a new competency with the primary key. Does not add the competency to the database.
	 *
	 * @param competencyId the primary key for the new competency
	 * @return the new competency
	 */
	@Override
	public org.nastavnik.liferay.model.Competency createCompetency(
		long competencyId) {

		return _competencyLocalService.createCompetency(competencyId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competencyLocalService.createPersistedModel(primaryKeyObj);
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
	@Override
	public org.nastavnik.liferay.model.Competency deleteCompetency(
		org.nastavnik.liferay.model.Competency competency) {

		return _competencyLocalService.deleteCompetency(competency);
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
	@Override
	public org.nastavnik.liferay.model.Competency deleteCompetency(
			long competencyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competencyLocalService.deleteCompetency(competencyId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competencyLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _competencyLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _competencyLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _competencyLocalService.dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _competencyLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _competencyLocalService.dynamicQuery(dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _competencyLocalService.dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _competencyLocalService.dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return _competencyLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.nastavnik.liferay.model.Competency fetchCompetency(
		long competencyId) {

		return _competencyLocalService.fetchCompetency(competencyId);
	}

	@Override
	public org.nastavnik.liferay.model.Competency fetchCompetency(
		long groupId, String code) {

		return _competencyLocalService.fetchCompetency(groupId, code);
	}

	/**
	 * Returns the competency matching the UUID and group.
	 *
	 * @param uuid the competency's UUID
	 * @param groupId the primary key of the group
	 * @return the matching competency, or <code>null</code> if a matching competency could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.Competency
		fetchCompetencyByUuidAndGroupId(String uuid, long groupId) {

		return _competencyLocalService.fetchCompetencyByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _competencyLocalService.getActionableDynamicQuery();
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
	@Override
	public java.util.List<org.nastavnik.liferay.model.Competency>
		getCompetencies(int start, int end) {

		return _competencyLocalService.getCompetencies(start, end);
	}

	@Override
	public java.util.List<org.nastavnik.liferay.model.Competency>
		getCompetencies(long groupId) {

		return _competencyLocalService.getCompetencies(groupId);
	}

	/**
	 * Returns all the competencies matching the UUID and company.
	 *
	 * @param uuid the UUID of the competencies
	 * @param companyId the primary key of the company
	 * @return the matching competencies, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.Competency>
		getCompetenciesByUuidAndCompanyId(String uuid, long companyId) {

		return _competencyLocalService.getCompetenciesByUuidAndCompanyId(
			uuid, companyId);
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
	@Override
	public java.util.List<org.nastavnik.liferay.model.Competency>
		getCompetenciesByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<org.nastavnik.liferay.model.Competency> orderByComparator) {

		return _competencyLocalService.getCompetenciesByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of competencies.
	 *
	 * @return the number of competencies
	 */
	@Override
	public int getCompetenciesCount() {
		return _competencyLocalService.getCompetenciesCount();
	}

	/**
	 * Returns the competency with the primary key.
	 *
	 * @param competencyId the primary key of the competency
	 * @return the competency
	 * @throws PortalException if a competency with the primary key could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.Competency getCompetency(
			long competencyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competencyLocalService.getCompetency(competencyId);
	}

	/**
	 * Returns the competency matching the UUID and group.
	 *
	 * @param uuid the competency's UUID
	 * @param groupId the primary key of the group
	 * @return the matching competency
	 * @throws PortalException if a matching competency could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.Competency getCompetencyByUuidAndGroupId(
			String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competencyLocalService.getCompetencyByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _competencyLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _competencyLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _competencyLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competencyLocalService.getPersistedModel(primaryKeyObj);
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
	@Override
	public org.nastavnik.liferay.model.Competency updateCompetency(
		org.nastavnik.liferay.model.Competency competency) {

		return _competencyLocalService.updateCompetency(competency);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _competencyLocalService.getBasePersistence();
	}

	@Override
	public CompetencyLocalService getWrappedService() {
		return _competencyLocalService;
	}

	@Override
	public void setWrappedService(
		CompetencyLocalService competencyLocalService) {

		_competencyLocalService = competencyLocalService;
	}

	private CompetencyLocalService _competencyLocalService;

}