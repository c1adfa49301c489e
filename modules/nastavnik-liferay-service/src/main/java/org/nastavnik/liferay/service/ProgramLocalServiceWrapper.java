/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link ProgramLocalService}.
 *
 * @author Brian Wing Shun Chan
 * @see ProgramLocalService
 * @generated
 */
public class ProgramLocalServiceWrapper
	implements ProgramLocalService, ServiceWrapper<ProgramLocalService> {

	public ProgramLocalServiceWrapper() {
		this(null);
	}

	public ProgramLocalServiceWrapper(ProgramLocalService programLocalService) {
		_programLocalService = programLocalService;
	}

	@Override
	public org.nastavnik.liferay.model.Program addProgram(
		long userId, String title, String description, java.util.Date startDate,
		java.util.Date endDate,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return _programLocalService.addProgram(
			userId, title, description, startDate, endDate, serviceContext);
	}

	/**
	 * Adds the program to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ProgramLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param program the program
	 * @return the program that was added
	 */
	@Override
	public org.nastavnik.liferay.model.Program addProgram(
		org.nastavnik.liferay.model.Program program) {

		return _programLocalService.addProgram(program);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _programLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new program with the primary key. Does not add the program to the database.
	 *
	 * @param programId the primary key for the new program
	 * @return the new program
	 */
	@Override
	public org.nastavnik.liferay.model.Program createProgram(long programId) {
		return _programLocalService.createProgram(programId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _programLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the program with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ProgramLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param programId the primary key of the program
	 * @return the program that was removed
	 * @throws PortalException if a program with the primary key could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.Program deleteProgram(long programId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _programLocalService.deleteProgram(programId);
	}

	/**
	 * Deletes the program from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ProgramLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param program the program
	 * @return the program that was removed
	 */
	@Override
	public org.nastavnik.liferay.model.Program deleteProgram(
		org.nastavnik.liferay.model.Program program) {

		return _programLocalService.deleteProgram(program);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _programLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _programLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _programLocalService.dynamicQuery();
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

		return _programLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.ProgramModelImpl</code>.
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

		return _programLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.ProgramModelImpl</code>.
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

		return _programLocalService.dynamicQuery(
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

		return _programLocalService.dynamicQueryCount(dynamicQuery);
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

		return _programLocalService.dynamicQueryCount(dynamicQuery, projection);
	}

	@Override
	public org.nastavnik.liferay.model.Program fetchProgram(long programId) {
		return _programLocalService.fetchProgram(programId);
	}

	/**
	 * Returns the program matching the UUID and group.
	 *
	 * @param uuid the program's UUID
	 * @param groupId the primary key of the group
	 * @return the matching program, or <code>null</code> if a matching program could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.Program fetchProgramByUuidAndGroupId(
		String uuid, long groupId) {

		return _programLocalService.fetchProgramByUuidAndGroupId(uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _programLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _programLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _programLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _programLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _programLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the program with the primary key.
	 *
	 * @param programId the primary key of the program
	 * @return the program
	 * @throws PortalException if a program with the primary key could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.Program getProgram(long programId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _programLocalService.getProgram(programId);
	}

	/**
	 * Returns the program matching the UUID and group.
	 *
	 * @param uuid the program's UUID
	 * @param groupId the primary key of the group
	 * @return the matching program
	 * @throws PortalException if a matching program could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.Program getProgramByUuidAndGroupId(
			String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _programLocalService.getProgramByUuidAndGroupId(uuid, groupId);
	}

	/**
	 * Returns a range of all the programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @return the range of programs
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.Program> getPrograms(
		int start, int end) {

		return _programLocalService.getPrograms(start, end);
	}

	/**
	 * Returns all the programs matching the UUID and company.
	 *
	 * @param uuid the UUID of the programs
	 * @param companyId the primary key of the company
	 * @return the matching programs, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.Program>
		getProgramsByUuidAndCompanyId(String uuid, long companyId) {

		return _programLocalService.getProgramsByUuidAndCompanyId(
			uuid, companyId);
	}

	/**
	 * Returns a range of programs matching the UUID and company.
	 *
	 * @param uuid the UUID of the programs
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching programs, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.Program>
		getProgramsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<org.nastavnik.liferay.model.Program> orderByComparator) {

		return _programLocalService.getProgramsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of programs.
	 *
	 * @return the number of programs
	 */
	@Override
	public int getProgramsCount() {
		return _programLocalService.getProgramsCount();
	}

	/**
	 * Updates the program in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ProgramLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param program the program
	 * @return the program that was updated
	 */
	@Override
	public org.nastavnik.liferay.model.Program updateProgram(
		org.nastavnik.liferay.model.Program program) {

		return _programLocalService.updateProgram(program);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _programLocalService.getBasePersistence();
	}

	@Override
	public ProgramLocalService getWrappedService() {
		return _programLocalService;
	}

	@Override
	public void setWrappedService(ProgramLocalService programLocalService) {
		_programLocalService = programLocalService;
	}

	private ProgramLocalService _programLocalService;

}