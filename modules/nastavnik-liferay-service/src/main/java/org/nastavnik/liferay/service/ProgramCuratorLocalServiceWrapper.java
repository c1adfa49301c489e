/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link ProgramCuratorLocalService}.
 *
 * @author Brian Wing Shun Chan
 * @see ProgramCuratorLocalService
 * @generated
 */
public class ProgramCuratorLocalServiceWrapper
	implements ProgramCuratorLocalService,
			   ServiceWrapper<ProgramCuratorLocalService> {

	public ProgramCuratorLocalServiceWrapper() {
		this(null);
	}

	public ProgramCuratorLocalServiceWrapper(
		ProgramCuratorLocalService programCuratorLocalService) {

		_programCuratorLocalService = programCuratorLocalService;
	}

	@Override
	public org.nastavnik.liferay.model.ProgramCurator addProgramCurator(
		long userId, long programId, long curatorUserId,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return _programCuratorLocalService.addProgramCurator(
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
	@Override
	public org.nastavnik.liferay.model.ProgramCurator addProgramCurator(
		org.nastavnik.liferay.model.ProgramCurator programCurator) {

		return _programCuratorLocalService.addProgramCurator(programCurator);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _programCuratorLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new program curator with the primary key. Does not add the program curator to the database.
	 *
	 * @param programCuratorId the primary key for the new program curator
	 * @return the new program curator
	 */
	@Override
	public org.nastavnik.liferay.model.ProgramCurator createProgramCurator(
		long programCuratorId) {

		return _programCuratorLocalService.createProgramCurator(
			programCuratorId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _programCuratorLocalService.deletePersistedModel(persistedModel);
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
	@Override
	public org.nastavnik.liferay.model.ProgramCurator deleteProgramCurator(
			long programCuratorId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _programCuratorLocalService.deleteProgramCurator(
			programCuratorId);
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
	@Override
	public org.nastavnik.liferay.model.ProgramCurator deleteProgramCurator(
		org.nastavnik.liferay.model.ProgramCurator programCurator) {

		return _programCuratorLocalService.deleteProgramCurator(programCurator);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _programCuratorLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _programCuratorLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _programCuratorLocalService.dynamicQuery();
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

		return _programCuratorLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _programCuratorLocalService.dynamicQuery(
			dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _programCuratorLocalService.dynamicQuery(
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

		return _programCuratorLocalService.dynamicQueryCount(dynamicQuery);
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

		return _programCuratorLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.nastavnik.liferay.model.ProgramCurator fetchProgramCurator(
		long programCuratorId) {

		return _programCuratorLocalService.fetchProgramCurator(
			programCuratorId);
	}

	/**
	 * Returns the program curator matching the UUID and group.
	 *
	 * @param uuid the program curator's UUID
	 * @param groupId the primary key of the group
	 * @return the matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.ProgramCurator
		fetchProgramCuratorByUuidAndGroupId(String uuid, long groupId) {

		return _programCuratorLocalService.fetchProgramCuratorByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _programCuratorLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _programCuratorLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _programCuratorLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _programCuratorLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _programCuratorLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the program curator with the primary key.
	 *
	 * @param programCuratorId the primary key of the program curator
	 * @return the program curator
	 * @throws PortalException if a program curator with the primary key could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.ProgramCurator getProgramCurator(
			long programCuratorId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _programCuratorLocalService.getProgramCurator(programCuratorId);
	}

	/**
	 * Returns the program curator matching the UUID and group.
	 *
	 * @param uuid the program curator's UUID
	 * @param groupId the primary key of the group
	 * @return the matching program curator
	 * @throws PortalException if a matching program curator could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.ProgramCurator
			getProgramCuratorByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _programCuratorLocalService.getProgramCuratorByUuidAndGroupId(
			uuid, groupId);
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
	@Override
	public java.util.List<org.nastavnik.liferay.model.ProgramCurator>
		getProgramCurators(int start, int end) {

		return _programCuratorLocalService.getProgramCurators(start, end);
	}

	@Override
	public java.util.List<org.nastavnik.liferay.model.ProgramCurator>
		getProgramCurators(long programId) {

		return _programCuratorLocalService.getProgramCurators(programId);
	}

	/**
	 * Returns all the program curators matching the UUID and company.
	 *
	 * @param uuid the UUID of the program curators
	 * @param companyId the primary key of the company
	 * @return the matching program curators, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.ProgramCurator>
		getProgramCuratorsByUuidAndCompanyId(String uuid, long companyId) {

		return _programCuratorLocalService.getProgramCuratorsByUuidAndCompanyId(
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
	@Override
	public java.util.List<org.nastavnik.liferay.model.ProgramCurator>
		getProgramCuratorsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<org.nastavnik.liferay.model.ProgramCurator>
					orderByComparator) {

		return _programCuratorLocalService.getProgramCuratorsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of program curators.
	 *
	 * @return the number of program curators
	 */
	@Override
	public int getProgramCuratorsCount() {
		return _programCuratorLocalService.getProgramCuratorsCount();
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
	@Override
	public org.nastavnik.liferay.model.ProgramCurator updateProgramCurator(
		org.nastavnik.liferay.model.ProgramCurator programCurator) {

		return _programCuratorLocalService.updateProgramCurator(programCurator);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _programCuratorLocalService.getBasePersistence();
	}

	@Override
	public ProgramCuratorLocalService getWrappedService() {
		return _programCuratorLocalService;
	}

	@Override
	public void setWrappedService(
		ProgramCuratorLocalService programCuratorLocalService) {

		_programCuratorLocalService = programCuratorLocalService;
	}

	private ProgramCuratorLocalService _programCuratorLocalService;

}