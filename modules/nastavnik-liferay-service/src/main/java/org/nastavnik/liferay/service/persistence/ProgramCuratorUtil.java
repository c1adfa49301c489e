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

import org.nastavnik.liferay.model.ProgramCurator;

/**
 * The persistence utility for the program curator service. This utility wraps <code>org.nastavnik.liferay.service.persistence.impl.ProgramCuratorPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see ProgramCuratorPersistence
 * @generated
 */
public class ProgramCuratorUtil {

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
	public static void clearCache(ProgramCurator programCurator) {
		getPersistence().clearCache(programCurator);
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
	public static Map<Serializable, ProgramCurator> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<ProgramCurator> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<ProgramCurator> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<ProgramCurator> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<ProgramCurator> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static ProgramCurator update(ProgramCurator programCurator) {
		return getPersistence().update(programCurator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static ProgramCurator update(
		ProgramCurator programCurator, ServiceContext serviceContext) {

		return getPersistence().update(programCurator, serviceContext);
	}

	/**
	 * Returns all the program curators where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching program curators
	 */
	public static List<ProgramCurator> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the program curators where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @return the range of matching program curators
	 */
	public static List<ProgramCurator> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the program curators where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching program curators
	 */
	public static List<ProgramCurator> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<ProgramCurator> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the program curators where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching program curators
	 */
	public static List<ProgramCurator> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<ProgramCurator> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first program curator in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	public static ProgramCurator findByUuid_First(
			String uuid, OrderByComparator<ProgramCurator> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramCuratorException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first program curator in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public static ProgramCurator fetchByUuid_First(
		String uuid, OrderByComparator<ProgramCurator> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last program curator in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	public static ProgramCurator findByUuid_Last(
			String uuid, OrderByComparator<ProgramCurator> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramCuratorException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last program curator in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public static ProgramCurator fetchByUuid_Last(
		String uuid, OrderByComparator<ProgramCurator> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the program curators before and after the current program curator in the ordered set where uuid = &#63;.
	 *
	 * @param programCuratorId the primary key of the current program curator
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next program curator
	 * @throws NoSuchProgramCuratorException if a program curator with the primary key could not be found
	 */
	public static ProgramCurator[] findByUuid_PrevAndNext(
			long programCuratorId, String uuid,
			OrderByComparator<ProgramCurator> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramCuratorException {

		return getPersistence().findByUuid_PrevAndNext(
			programCuratorId, uuid, orderByComparator);
	}

	/**
	 * Removes all the program curators where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of program curators where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching program curators
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the program curator where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchProgramCuratorException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	public static ProgramCurator findByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchProgramCuratorException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the program curator where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public static ProgramCurator fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the program curator where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public static ProgramCurator fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the program curator where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the program curator that was removed
	 */
	public static ProgramCurator removeByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchProgramCuratorException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of program curators where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching program curators
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the program curators where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching program curators
	 */
	public static List<ProgramCurator> findByUuid_C(
		String uuid, long companyId) {

		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the program curators where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @return the range of matching program curators
	 */
	public static List<ProgramCurator> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the program curators where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching program curators
	 */
	public static List<ProgramCurator> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<ProgramCurator> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the program curators where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching program curators
	 */
	public static List<ProgramCurator> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<ProgramCurator> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first program curator in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	public static ProgramCurator findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<ProgramCurator> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramCuratorException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first program curator in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public static ProgramCurator fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<ProgramCurator> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last program curator in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	public static ProgramCurator findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<ProgramCurator> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramCuratorException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last program curator in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public static ProgramCurator fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<ProgramCurator> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the program curators before and after the current program curator in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param programCuratorId the primary key of the current program curator
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next program curator
	 * @throws NoSuchProgramCuratorException if a program curator with the primary key could not be found
	 */
	public static ProgramCurator[] findByUuid_C_PrevAndNext(
			long programCuratorId, String uuid, long companyId,
			OrderByComparator<ProgramCurator> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramCuratorException {

		return getPersistence().findByUuid_C_PrevAndNext(
			programCuratorId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the program curators where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of program curators where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching program curators
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the program curators where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @return the matching program curators
	 */
	public static List<ProgramCurator> findByProgramId(long programId) {
		return getPersistence().findByProgramId(programId);
	}

	/**
	 * Returns a range of all the program curators where programId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param programId the program ID
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @return the range of matching program curators
	 */
	public static List<ProgramCurator> findByProgramId(
		long programId, int start, int end) {

		return getPersistence().findByProgramId(programId, start, end);
	}

	/**
	 * Returns an ordered range of all the program curators where programId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param programId the program ID
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching program curators
	 */
	public static List<ProgramCurator> findByProgramId(
		long programId, int start, int end,
		OrderByComparator<ProgramCurator> orderByComparator) {

		return getPersistence().findByProgramId(
			programId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the program curators where programId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param programId the program ID
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching program curators
	 */
	public static List<ProgramCurator> findByProgramId(
		long programId, int start, int end,
		OrderByComparator<ProgramCurator> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByProgramId(
			programId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first program curator in the ordered set where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	public static ProgramCurator findByProgramId_First(
			long programId, OrderByComparator<ProgramCurator> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramCuratorException {

		return getPersistence().findByProgramId_First(
			programId, orderByComparator);
	}

	/**
	 * Returns the first program curator in the ordered set where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public static ProgramCurator fetchByProgramId_First(
		long programId, OrderByComparator<ProgramCurator> orderByComparator) {

		return getPersistence().fetchByProgramId_First(
			programId, orderByComparator);
	}

	/**
	 * Returns the last program curator in the ordered set where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	public static ProgramCurator findByProgramId_Last(
			long programId, OrderByComparator<ProgramCurator> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramCuratorException {

		return getPersistence().findByProgramId_Last(
			programId, orderByComparator);
	}

	/**
	 * Returns the last program curator in the ordered set where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public static ProgramCurator fetchByProgramId_Last(
		long programId, OrderByComparator<ProgramCurator> orderByComparator) {

		return getPersistence().fetchByProgramId_Last(
			programId, orderByComparator);
	}

	/**
	 * Returns the program curators before and after the current program curator in the ordered set where programId = &#63;.
	 *
	 * @param programCuratorId the primary key of the current program curator
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next program curator
	 * @throws NoSuchProgramCuratorException if a program curator with the primary key could not be found
	 */
	public static ProgramCurator[] findByProgramId_PrevAndNext(
			long programCuratorId, long programId,
			OrderByComparator<ProgramCurator> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchProgramCuratorException {

		return getPersistence().findByProgramId_PrevAndNext(
			programCuratorId, programId, orderByComparator);
	}

	/**
	 * Removes all the program curators where programId = &#63; from the database.
	 *
	 * @param programId the program ID
	 */
	public static void removeByProgramId(long programId) {
		getPersistence().removeByProgramId(programId);
	}

	/**
	 * Returns the number of program curators where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @return the number of matching program curators
	 */
	public static int countByProgramId(long programId) {
		return getPersistence().countByProgramId(programId);
	}

	/**
	 * Returns the program curator where programId = &#63; and curatorUserId = &#63; or throws a <code>NoSuchProgramCuratorException</code> if it could not be found.
	 *
	 * @param programId the program ID
	 * @param curatorUserId the curator user ID
	 * @return the matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	public static ProgramCurator findByP_C(long programId, long curatorUserId)
		throws org.nastavnik.liferay.exception.NoSuchProgramCuratorException {

		return getPersistence().findByP_C(programId, curatorUserId);
	}

	/**
	 * Returns the program curator where programId = &#63; and curatorUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param programId the program ID
	 * @param curatorUserId the curator user ID
	 * @return the matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public static ProgramCurator fetchByP_C(
		long programId, long curatorUserId) {

		return getPersistence().fetchByP_C(programId, curatorUserId);
	}

	/**
	 * Returns the program curator where programId = &#63; and curatorUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param programId the program ID
	 * @param curatorUserId the curator user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public static ProgramCurator fetchByP_C(
		long programId, long curatorUserId, boolean useFinderCache) {

		return getPersistence().fetchByP_C(
			programId, curatorUserId, useFinderCache);
	}

	/**
	 * Removes the program curator where programId = &#63; and curatorUserId = &#63; from the database.
	 *
	 * @param programId the program ID
	 * @param curatorUserId the curator user ID
	 * @return the program curator that was removed
	 */
	public static ProgramCurator removeByP_C(long programId, long curatorUserId)
		throws org.nastavnik.liferay.exception.NoSuchProgramCuratorException {

		return getPersistence().removeByP_C(programId, curatorUserId);
	}

	/**
	 * Returns the number of program curators where programId = &#63; and curatorUserId = &#63;.
	 *
	 * @param programId the program ID
	 * @param curatorUserId the curator user ID
	 * @return the number of matching program curators
	 */
	public static int countByP_C(long programId, long curatorUserId) {
		return getPersistence().countByP_C(programId, curatorUserId);
	}

	/**
	 * Caches the program curator in the entity cache if it is enabled.
	 *
	 * @param programCurator the program curator
	 */
	public static void cacheResult(ProgramCurator programCurator) {
		getPersistence().cacheResult(programCurator);
	}

	/**
	 * Caches the program curators in the entity cache if it is enabled.
	 *
	 * @param programCurators the program curators
	 */
	public static void cacheResult(List<ProgramCurator> programCurators) {
		getPersistence().cacheResult(programCurators);
	}

	/**
	 * Creates a new program curator with the primary key. Does not add the program curator to the database.
	 *
	 * @param programCuratorId the primary key for the new program curator
	 * @return the new program curator
	 */
	public static ProgramCurator create(long programCuratorId) {
		return getPersistence().create(programCuratorId);
	}

	/**
	 * Removes the program curator with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param programCuratorId the primary key of the program curator
	 * @return the program curator that was removed
	 * @throws NoSuchProgramCuratorException if a program curator with the primary key could not be found
	 */
	public static ProgramCurator remove(long programCuratorId)
		throws org.nastavnik.liferay.exception.NoSuchProgramCuratorException {

		return getPersistence().remove(programCuratorId);
	}

	public static ProgramCurator updateImpl(ProgramCurator programCurator) {
		return getPersistence().updateImpl(programCurator);
	}

	/**
	 * Returns the program curator with the primary key or throws a <code>NoSuchProgramCuratorException</code> if it could not be found.
	 *
	 * @param programCuratorId the primary key of the program curator
	 * @return the program curator
	 * @throws NoSuchProgramCuratorException if a program curator with the primary key could not be found
	 */
	public static ProgramCurator findByPrimaryKey(long programCuratorId)
		throws org.nastavnik.liferay.exception.NoSuchProgramCuratorException {

		return getPersistence().findByPrimaryKey(programCuratorId);
	}

	/**
	 * Returns the program curator with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param programCuratorId the primary key of the program curator
	 * @return the program curator, or <code>null</code> if a program curator with the primary key could not be found
	 */
	public static ProgramCurator fetchByPrimaryKey(long programCuratorId) {
		return getPersistence().fetchByPrimaryKey(programCuratorId);
	}

	/**
	 * Returns all the program curators.
	 *
	 * @return the program curators
	 */
	public static List<ProgramCurator> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the program curators.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @return the range of program curators
	 */
	public static List<ProgramCurator> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the program curators.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of program curators
	 */
	public static List<ProgramCurator> findAll(
		int start, int end,
		OrderByComparator<ProgramCurator> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the program curators.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of program curators
	 */
	public static List<ProgramCurator> findAll(
		int start, int end, OrderByComparator<ProgramCurator> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the program curators from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of program curators.
	 *
	 * @return the number of program curators
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static ProgramCuratorPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(ProgramCuratorPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile ProgramCuratorPersistence _persistence;

}