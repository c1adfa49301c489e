/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nastavnik.liferay.model.Program;

/**
 * The persistence utility for the program service. This utility wraps <code>org.nastavnik.liferay.service.persistence.impl.ProgramPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see ProgramPersistence
 * @generated
 */
public class ProgramUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache()
	 */
	public static void clearCache() {
		getPersistence().clearCache();
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static void clearCache(Program program) {
		getPersistence().clearCache(program);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#countWithDynamicQuery(DynamicQuery)
	 */
	public static long countWithDynamicQuery(DynamicQuery dynamicQuery) {
		return getPersistence().countWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#fetchByPrimaryKeys(Set)
	 */
	public static Map<Serializable, Program> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<Program> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<Program> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<Program> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<Program> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static Program update(Program program) {
		return getPersistence().update(program);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static Program update(
		Program program, ServiceContext serviceContext) {

		return getPersistence().update(program, serviceContext);
	}

	/**
	 * Returns all the programs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching programs
	 */
	public static List<Program> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the programs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @return the range of matching programs
	 */
	public static List<Program> findByUuid(String uuid, int start, int end) {
		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the programs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching programs
	 */
	public static List<Program> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<Program> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the programs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching programs
	 */
	public static List<Program> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<Program> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program
	 * @throws NoSuchProgramException if a matching program could not be found
	 */
	public static Program findByUuid_First(
			String uuid, OrderByComparator<Program> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program, or <code>null</code> if a matching program could not be found
	 */
	public static Program fetchByUuid_First(
		String uuid, OrderByComparator<Program> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program
	 * @throws NoSuchProgramException if a matching program could not be found
	 */
	public static Program findByUuid_Last(
			String uuid, OrderByComparator<Program> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program, or <code>null</code> if a matching program could not be found
	 */
	public static Program fetchByUuid_Last(
		String uuid, OrderByComparator<Program> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the programs before and after the current program in the ordered set where uuid = &#63;.
	 *
	 * @param programId the primary key of the current program
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next program
	 * @throws NoSuchProgramException if a program with the primary key could not be found
	 */
	public static Program[] findByUuid_PrevAndNext(
			long programId, String uuid,
			OrderByComparator<Program> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramException {

		return getPersistence().findByUuid_PrevAndNext(
			programId, uuid, orderByComparator);
	}

	/**
	 * Removes all the programs where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of programs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching programs
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the program where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchProgramException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching program
	 * @throws NoSuchProgramException if a matching program could not be found
	 */
	public static Program findByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchProgramException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the program where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching program, or <code>null</code> if a matching program could not be found
	 */
	public static Program fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the program where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching program, or <code>null</code> if a matching program could not be found
	 */
	public static Program fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the program where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the program that was removed
	 */
	public static Program removeByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchProgramException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of programs where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching programs
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the programs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching programs
	 */
	public static List<Program> findByUuid_C(String uuid, long companyId) {
		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the programs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @return the range of matching programs
	 */
	public static List<Program> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the programs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching programs
	 */
	public static List<Program> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Program> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the programs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching programs
	 */
	public static List<Program> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Program> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program
	 * @throws NoSuchProgramException if a matching program could not be found
	 */
	public static Program findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<Program> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program, or <code>null</code> if a matching program could not be found
	 */
	public static Program fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<Program> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program
	 * @throws NoSuchProgramException if a matching program could not be found
	 */
	public static Program findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<Program> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program, or <code>null</code> if a matching program could not be found
	 */
	public static Program fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<Program> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the programs before and after the current program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param programId the primary key of the current program
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next program
	 * @throws NoSuchProgramException if a program with the primary key could not be found
	 */
	public static Program[] findByUuid_C_PrevAndNext(
			long programId, String uuid, long companyId,
			OrderByComparator<Program> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramException {

		return getPersistence().findByUuid_C_PrevAndNext(
			programId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the programs where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of programs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching programs
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the programs where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching programs
	 */
	public static List<Program> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

	/**
	 * Returns a range of all the programs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @return the range of matching programs
	 */
	public static List<Program> findByGroupId(
		long groupId, int start, int end) {

		return getPersistence().findByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the programs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching programs
	 */
	public static List<Program> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<Program> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the programs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching programs
	 */
	public static List<Program> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<Program> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program
	 * @throws NoSuchProgramException if a matching program could not be found
	 */
	public static Program findByGroupId_First(
			long groupId, OrderByComparator<Program> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program, or <code>null</code> if a matching program could not be found
	 */
	public static Program fetchByGroupId_First(
		long groupId, OrderByComparator<Program> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program
	 * @throws NoSuchProgramException if a matching program could not be found
	 */
	public static Program findByGroupId_Last(
			long groupId, OrderByComparator<Program> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program, or <code>null</code> if a matching program could not be found
	 */
	public static Program fetchByGroupId_Last(
		long groupId, OrderByComparator<Program> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the programs before and after the current program in the ordered set where groupId = &#63;.
	 *
	 * @param programId the primary key of the current program
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next program
	 * @throws NoSuchProgramException if a program with the primary key could not be found
	 */
	public static Program[] findByGroupId_PrevAndNext(
			long programId, long groupId,
			OrderByComparator<Program> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramException {

		return getPersistence().findByGroupId_PrevAndNext(
			programId, groupId, orderByComparator);
	}

	/**
	 * Removes all the programs where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of programs where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching programs
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Caches the program in the entity cache if it is enabled.
	 *
	 * @param program the program
	 */
	public static void cacheResult(Program program) {
		getPersistence().cacheResult(program);
	}

	/**
	 * Caches the programs in the entity cache if it is enabled.
	 *
	 * @param programs the programs
	 */
	public static void cacheResult(List<Program> programs) {
		getPersistence().cacheResult(programs);
	}

	/**
	 * Creates a new program with the primary key. Does not add the program to the database.
	 *
	 * @param programId the primary key for the new program
	 * @return the new program
	 */
	public static Program create(long programId) {
		return getPersistence().create(programId);
	}

	/**
	 * Removes the program with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param programId the primary key of the program
	 * @return the program that was removed
	 * @throws NoSuchProgramException if a program with the primary key could not be found
	 */
	public static Program remove(long programId)
		throws org.nastavnik.liferay.exception.NoSuchProgramException {

		return getPersistence().remove(programId);
	}

	public static Program updateImpl(Program program) {
		return getPersistence().updateImpl(program);
	}

	/**
	 * Returns the program with the primary key or throws a <code>NoSuchProgramException</code> if it could not be found.
	 *
	 * @param programId the primary key of the program
	 * @return the program
	 * @throws NoSuchProgramException if a program with the primary key could not be found
	 */
	public static Program findByPrimaryKey(long programId)
		throws org.nastavnik.liferay.exception.NoSuchProgramException {

		return getPersistence().findByPrimaryKey(programId);
	}

	/**
	 * Returns the program with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param programId the primary key of the program
	 * @return the program, or <code>null</code> if a program with the primary key could not be found
	 */
	public static Program fetchByPrimaryKey(long programId) {
		return getPersistence().fetchByPrimaryKey(programId);
	}

	/**
	 * Returns all the programs.
	 *
	 * @return the programs
	 */
	public static List<Program> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @return the range of programs
	 */
	public static List<Program> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of programs
	 */
	public static List<Program> findAll(
		int start, int end, OrderByComparator<Program> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of programs
	 */
	public static List<Program> findAll(
		int start, int end, OrderByComparator<Program> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the programs from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of programs.
	 *
	 * @return the number of programs
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static ProgramPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(ProgramPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile ProgramPersistence _persistence;

}