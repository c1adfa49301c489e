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

import org.nastavnik.liferay.model.Program;

/**
 * Provides the local service utility for Program. This utility wraps
 * <code>org.nastavnik.liferay.service.impl.ProgramLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Brian Wing Shun Chan
 * @see ProgramLocalService
 * @generated
 */
public class ProgramLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>org.nastavnik.liferay.service.impl.ProgramLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static Program addProgram(
		long userId, String title, String description, java.util.Date startDate,
		java.util.Date endDate,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return getService().addProgram(
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
	public static Program addProgram(Program program) {
		return getService().addProgram(program);
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
	 * Creates a new program with the primary key. Does not add the program to the database.
	 *
	 * @param programId the primary key for the new program
	 * @return the new program
	 */
	public static Program createProgram(long programId) {
		return getService().createProgram(programId);
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
	public static Program deleteProgram(long programId) throws PortalException {
		return getService().deleteProgram(programId);
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
	public static Program deleteProgram(Program program) {
		return getService().deleteProgram(program);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.ProgramModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.ProgramModelImpl</code>.
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

	public static Program fetchProgram(long programId) {
		return getService().fetchProgram(programId);
	}

	/**
	 * Returns the program matching the UUID and group.
	 *
	 * @param uuid the program's UUID
	 * @param groupId the primary key of the group
	 * @return the matching program, or <code>null</code> if a matching program could not be found
	 */
	public static Program fetchProgramByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchProgramByUuidAndGroupId(uuid, groupId);
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
	 * Returns the program with the primary key.
	 *
	 * @param programId the primary key of the program
	 * @return the program
	 * @throws PortalException if a program with the primary key could not be found
	 */
	public static Program getProgram(long programId) throws PortalException {
		return getService().getProgram(programId);
	}

	/**
	 * Returns the program matching the UUID and group.
	 *
	 * @param uuid the program's UUID
	 * @param groupId the primary key of the group
	 * @return the matching program
	 * @throws PortalException if a matching program could not be found
	 */
	public static Program getProgramByUuidAndGroupId(String uuid, long groupId)
		throws PortalException {

		return getService().getProgramByUuidAndGroupId(uuid, groupId);
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
	public static List<Program> getPrograms(int start, int end) {
		return getService().getPrograms(start, end);
	}

	/**
	 * Returns all the programs matching the UUID and company.
	 *
	 * @param uuid the UUID of the programs
	 * @param companyId the primary key of the company
	 * @return the matching programs, or an empty list if no matches were found
	 */
	public static List<Program> getProgramsByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getProgramsByUuidAndCompanyId(uuid, companyId);
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
	public static List<Program> getProgramsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Program> orderByComparator) {

		return getService().getProgramsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of programs.
	 *
	 * @return the number of programs
	 */
	public static int getProgramsCount() {
		return getService().getProgramsCount();
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
	public static Program updateProgram(Program program) {
		return getService().updateProgram(program);
	}

	public static ProgramLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<ProgramLocalService> _serviceSnapshot =
		new Snapshot<>(
			ProgramLocalServiceUtil.class, ProgramLocalService.class);

}