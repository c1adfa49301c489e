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

import org.nastavnik.liferay.model.PairMember;

/**
 * The persistence utility for the pair member service. This utility wraps <code>org.nastavnik.liferay.service.persistence.impl.PairMemberPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see PairMemberPersistence
 * @generated
 */
public class PairMemberUtil {

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
	public static void clearCache(PairMember pairMember) {
		getPersistence().clearCache(pairMember);
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
	public static Map<Serializable, PairMember> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<PairMember> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<PairMember> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<PairMember> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<PairMember> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static PairMember update(PairMember pairMember) {
		return getPersistence().update(pairMember);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static PairMember update(
		PairMember pairMember, ServiceContext serviceContext) {

		return getPersistence().update(pairMember, serviceContext);
	}

	/**
	 * Returns all the pair members where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching pair members
	 */
	public static List<PairMember> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the pair members where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @return the range of matching pair members
	 */
	public static List<PairMember> findByUuid(String uuid, int start, int end) {
		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the pair members where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pair members
	 */
	public static List<PairMember> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<PairMember> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the pair members where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pair members
	 */
	public static List<PairMember> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<PairMember> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first pair member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public static PairMember findByUuid_First(
			String uuid, OrderByComparator<PairMember> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first pair member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public static PairMember fetchByUuid_First(
		String uuid, OrderByComparator<PairMember> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last pair member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public static PairMember findByUuid_Last(
			String uuid, OrderByComparator<PairMember> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last pair member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public static PairMember fetchByUuid_Last(
		String uuid, OrderByComparator<PairMember> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the pair members before and after the current pair member in the ordered set where uuid = &#63;.
	 *
	 * @param pairMemberId the primary key of the current pair member
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair member
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	public static PairMember[] findByUuid_PrevAndNext(
			long pairMemberId, String uuid,
			OrderByComparator<PairMember> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().findByUuid_PrevAndNext(
			pairMemberId, uuid, orderByComparator);
	}

	/**
	 * Removes all the pair members where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of pair members where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching pair members
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the pair member where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchPairMemberException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public static PairMember findByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the pair member where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public static PairMember fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the pair member where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public static PairMember fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the pair member where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the pair member that was removed
	 */
	public static PairMember removeByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of pair members where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching pair members
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the pair members where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching pair members
	 */
	public static List<PairMember> findByUuid_C(String uuid, long companyId) {
		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the pair members where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @return the range of matching pair members
	 */
	public static List<PairMember> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the pair members where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pair members
	 */
	public static List<PairMember> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<PairMember> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the pair members where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pair members
	 */
	public static List<PairMember> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<PairMember> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first pair member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public static PairMember findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<PairMember> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first pair member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public static PairMember fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<PairMember> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last pair member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public static PairMember findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<PairMember> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last pair member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public static PairMember fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<PairMember> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the pair members before and after the current pair member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param pairMemberId the primary key of the current pair member
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair member
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	public static PairMember[] findByUuid_C_PrevAndNext(
			long pairMemberId, String uuid, long companyId,
			OrderByComparator<PairMember> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().findByUuid_C_PrevAndNext(
			pairMemberId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the pair members where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of pair members where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching pair members
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the pair members where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @return the matching pair members
	 */
	public static List<PairMember> findByPairId(long pairId) {
		return getPersistence().findByPairId(pairId);
	}

	/**
	 * Returns a range of all the pair members where pairId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param pairId the pair ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @return the range of matching pair members
	 */
	public static List<PairMember> findByPairId(
		long pairId, int start, int end) {

		return getPersistence().findByPairId(pairId, start, end);
	}

	/**
	 * Returns an ordered range of all the pair members where pairId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param pairId the pair ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pair members
	 */
	public static List<PairMember> findByPairId(
		long pairId, int start, int end,
		OrderByComparator<PairMember> orderByComparator) {

		return getPersistence().findByPairId(
			pairId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the pair members where pairId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param pairId the pair ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pair members
	 */
	public static List<PairMember> findByPairId(
		long pairId, int start, int end,
		OrderByComparator<PairMember> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByPairId(
			pairId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first pair member in the ordered set where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public static PairMember findByPairId_First(
			long pairId, OrderByComparator<PairMember> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().findByPairId_First(pairId, orderByComparator);
	}

	/**
	 * Returns the first pair member in the ordered set where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public static PairMember fetchByPairId_First(
		long pairId, OrderByComparator<PairMember> orderByComparator) {

		return getPersistence().fetchByPairId_First(pairId, orderByComparator);
	}

	/**
	 * Returns the last pair member in the ordered set where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public static PairMember findByPairId_Last(
			long pairId, OrderByComparator<PairMember> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().findByPairId_Last(pairId, orderByComparator);
	}

	/**
	 * Returns the last pair member in the ordered set where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public static PairMember fetchByPairId_Last(
		long pairId, OrderByComparator<PairMember> orderByComparator) {

		return getPersistence().fetchByPairId_Last(pairId, orderByComparator);
	}

	/**
	 * Returns the pair members before and after the current pair member in the ordered set where pairId = &#63;.
	 *
	 * @param pairMemberId the primary key of the current pair member
	 * @param pairId the pair ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair member
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	public static PairMember[] findByPairId_PrevAndNext(
			long pairMemberId, long pairId,
			OrderByComparator<PairMember> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().findByPairId_PrevAndNext(
			pairMemberId, pairId, orderByComparator);
	}

	/**
	 * Returns all the pair members where pairId = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param pairIds the pair IDs
	 * @return the matching pair members
	 */
	public static List<PairMember> findByPairId(long[] pairIds) {
		return getPersistence().findByPairId(pairIds);
	}

	/**
	 * Returns a range of all the pair members where pairId = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param pairIds the pair IDs
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @return the range of matching pair members
	 */
	public static List<PairMember> findByPairId(
		long[] pairIds, int start, int end) {

		return getPersistence().findByPairId(pairIds, start, end);
	}

	/**
	 * Returns an ordered range of all the pair members where pairId = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param pairIds the pair IDs
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pair members
	 */
	public static List<PairMember> findByPairId(
		long[] pairIds, int start, int end,
		OrderByComparator<PairMember> orderByComparator) {

		return getPersistence().findByPairId(
			pairIds, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the pair members where pairId = &#63;, optionally using the finder cache.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param pairIds the pair IDs
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pair members
	 */
	public static List<PairMember> findByPairId(
		long[] pairIds, int start, int end,
		OrderByComparator<PairMember> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByPairId(
			pairIds, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the pair members where pairId = &#63; from the database.
	 *
	 * @param pairId the pair ID
	 */
	public static void removeByPairId(long pairId) {
		getPersistence().removeByPairId(pairId);
	}

	/**
	 * Returns the number of pair members where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @return the number of matching pair members
	 */
	public static int countByPairId(long pairId) {
		return getPersistence().countByPairId(pairId);
	}

	/**
	 * Returns the number of pair members where pairId = any &#63;.
	 *
	 * @param pairIds the pair IDs
	 * @return the number of matching pair members
	 */
	public static int countByPairId(long[] pairIds) {
		return getPersistence().countByPairId(pairIds);
	}

	/**
	 * Returns all the pair members where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @return the matching pair members
	 */
	public static List<PairMember> findByMenteeUserId(long menteeUserId) {
		return getPersistence().findByMenteeUserId(menteeUserId);
	}

	/**
	 * Returns a range of all the pair members where menteeUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param menteeUserId the mentee user ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @return the range of matching pair members
	 */
	public static List<PairMember> findByMenteeUserId(
		long menteeUserId, int start, int end) {

		return getPersistence().findByMenteeUserId(menteeUserId, start, end);
	}

	/**
	 * Returns an ordered range of all the pair members where menteeUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param menteeUserId the mentee user ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pair members
	 */
	public static List<PairMember> findByMenteeUserId(
		long menteeUserId, int start, int end,
		OrderByComparator<PairMember> orderByComparator) {

		return getPersistence().findByMenteeUserId(
			menteeUserId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the pair members where menteeUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param menteeUserId the mentee user ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pair members
	 */
	public static List<PairMember> findByMenteeUserId(
		long menteeUserId, int start, int end,
		OrderByComparator<PairMember> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByMenteeUserId(
			menteeUserId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first pair member in the ordered set where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public static PairMember findByMenteeUserId_First(
			long menteeUserId, OrderByComparator<PairMember> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().findByMenteeUserId_First(
			menteeUserId, orderByComparator);
	}

	/**
	 * Returns the first pair member in the ordered set where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public static PairMember fetchByMenteeUserId_First(
		long menteeUserId, OrderByComparator<PairMember> orderByComparator) {

		return getPersistence().fetchByMenteeUserId_First(
			menteeUserId, orderByComparator);
	}

	/**
	 * Returns the last pair member in the ordered set where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public static PairMember findByMenteeUserId_Last(
			long menteeUserId, OrderByComparator<PairMember> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().findByMenteeUserId_Last(
			menteeUserId, orderByComparator);
	}

	/**
	 * Returns the last pair member in the ordered set where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public static PairMember fetchByMenteeUserId_Last(
		long menteeUserId, OrderByComparator<PairMember> orderByComparator) {

		return getPersistence().fetchByMenteeUserId_Last(
			menteeUserId, orderByComparator);
	}

	/**
	 * Returns the pair members before and after the current pair member in the ordered set where menteeUserId = &#63;.
	 *
	 * @param pairMemberId the primary key of the current pair member
	 * @param menteeUserId the mentee user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair member
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	public static PairMember[] findByMenteeUserId_PrevAndNext(
			long pairMemberId, long menteeUserId,
			OrderByComparator<PairMember> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().findByMenteeUserId_PrevAndNext(
			pairMemberId, menteeUserId, orderByComparator);
	}

	/**
	 * Removes all the pair members where menteeUserId = &#63; from the database.
	 *
	 * @param menteeUserId the mentee user ID
	 */
	public static void removeByMenteeUserId(long menteeUserId) {
		getPersistence().removeByMenteeUserId(menteeUserId);
	}

	/**
	 * Returns the number of pair members where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @return the number of matching pair members
	 */
	public static int countByMenteeUserId(long menteeUserId) {
		return getPersistence().countByMenteeUserId(menteeUserId);
	}

	/**
	 * Returns the pair member where pairId = &#63; and menteeUserId = &#63; or throws a <code>NoSuchPairMemberException</code> if it could not be found.
	 *
	 * @param pairId the pair ID
	 * @param menteeUserId the mentee user ID
	 * @return the matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public static PairMember findByP_M(long pairId, long menteeUserId)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().findByP_M(pairId, menteeUserId);
	}

	/**
	 * Returns the pair member where pairId = &#63; and menteeUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param pairId the pair ID
	 * @param menteeUserId the mentee user ID
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public static PairMember fetchByP_M(long pairId, long menteeUserId) {
		return getPersistence().fetchByP_M(pairId, menteeUserId);
	}

	/**
	 * Returns the pair member where pairId = &#63; and menteeUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param pairId the pair ID
	 * @param menteeUserId the mentee user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public static PairMember fetchByP_M(
		long pairId, long menteeUserId, boolean useFinderCache) {

		return getPersistence().fetchByP_M(
			pairId, menteeUserId, useFinderCache);
	}

	/**
	 * Removes the pair member where pairId = &#63; and menteeUserId = &#63; from the database.
	 *
	 * @param pairId the pair ID
	 * @param menteeUserId the mentee user ID
	 * @return the pair member that was removed
	 */
	public static PairMember removeByP_M(long pairId, long menteeUserId)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().removeByP_M(pairId, menteeUserId);
	}

	/**
	 * Returns the number of pair members where pairId = &#63; and menteeUserId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @param menteeUserId the mentee user ID
	 * @return the number of matching pair members
	 */
	public static int countByP_M(long pairId, long menteeUserId) {
		return getPersistence().countByP_M(pairId, menteeUserId);
	}

	/**
	 * Returns the pair member where programId = &#63; and menteeUserId = &#63; and openInProgram = &#63; or throws a <code>NoSuchPairMemberException</code> if it could not be found.
	 *
	 * @param programId the program ID
	 * @param menteeUserId the mentee user ID
	 * @param openInProgram the open in program
	 * @return the matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public static PairMember findByP_M_O(
			long programId, long menteeUserId, int openInProgram)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().findByP_M_O(
			programId, menteeUserId, openInProgram);
	}

	/**
	 * Returns the pair member where programId = &#63; and menteeUserId = &#63; and openInProgram = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param programId the program ID
	 * @param menteeUserId the mentee user ID
	 * @param openInProgram the open in program
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public static PairMember fetchByP_M_O(
		long programId, long menteeUserId, int openInProgram) {

		return getPersistence().fetchByP_M_O(
			programId, menteeUserId, openInProgram);
	}

	/**
	 * Returns the pair member where programId = &#63; and menteeUserId = &#63; and openInProgram = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param programId the program ID
	 * @param menteeUserId the mentee user ID
	 * @param openInProgram the open in program
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public static PairMember fetchByP_M_O(
		long programId, long menteeUserId, int openInProgram,
		boolean useFinderCache) {

		return getPersistence().fetchByP_M_O(
			programId, menteeUserId, openInProgram, useFinderCache);
	}

	/**
	 * Removes the pair member where programId = &#63; and menteeUserId = &#63; and openInProgram = &#63; from the database.
	 *
	 * @param programId the program ID
	 * @param menteeUserId the mentee user ID
	 * @param openInProgram the open in program
	 * @return the pair member that was removed
	 */
	public static PairMember removeByP_M_O(
			long programId, long menteeUserId, int openInProgram)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().removeByP_M_O(
			programId, menteeUserId, openInProgram);
	}

	/**
	 * Returns the number of pair members where programId = &#63; and menteeUserId = &#63; and openInProgram = &#63;.
	 *
	 * @param programId the program ID
	 * @param menteeUserId the mentee user ID
	 * @param openInProgram the open in program
	 * @return the number of matching pair members
	 */
	public static int countByP_M_O(
		long programId, long menteeUserId, int openInProgram) {

		return getPersistence().countByP_M_O(
			programId, menteeUserId, openInProgram);
	}

	/**
	 * Caches the pair member in the entity cache if it is enabled.
	 *
	 * @param pairMember the pair member
	 */
	public static void cacheResult(PairMember pairMember) {
		getPersistence().cacheResult(pairMember);
	}

	/**
	 * Caches the pair members in the entity cache if it is enabled.
	 *
	 * @param pairMembers the pair members
	 */
	public static void cacheResult(List<PairMember> pairMembers) {
		getPersistence().cacheResult(pairMembers);
	}

	/**
	 * Creates a new pair member with the primary key. Does not add the pair member to the database.
	 *
	 * @param pairMemberId the primary key for the new pair member
	 * @return the new pair member
	 */
	public static PairMember create(long pairMemberId) {
		return getPersistence().create(pairMemberId);
	}

	/**
	 * Removes the pair member with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param pairMemberId the primary key of the pair member
	 * @return the pair member that was removed
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	public static PairMember remove(long pairMemberId)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().remove(pairMemberId);
	}

	public static PairMember updateImpl(PairMember pairMember) {
		return getPersistence().updateImpl(pairMember);
	}

	/**
	 * Returns the pair member with the primary key or throws a <code>NoSuchPairMemberException</code> if it could not be found.
	 *
	 * @param pairMemberId the primary key of the pair member
	 * @return the pair member
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	public static PairMember findByPrimaryKey(long pairMemberId)
		throws org.nastavnik.liferay.exception.NoSuchPairMemberException {

		return getPersistence().findByPrimaryKey(pairMemberId);
	}

	/**
	 * Returns the pair member with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param pairMemberId the primary key of the pair member
	 * @return the pair member, or <code>null</code> if a pair member with the primary key could not be found
	 */
	public static PairMember fetchByPrimaryKey(long pairMemberId) {
		return getPersistence().fetchByPrimaryKey(pairMemberId);
	}

	/**
	 * Returns all the pair members.
	 *
	 * @return the pair members
	 */
	public static List<PairMember> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the pair members.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @return the range of pair members
	 */
	public static List<PairMember> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the pair members.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of pair members
	 */
	public static List<PairMember> findAll(
		int start, int end, OrderByComparator<PairMember> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the pair members.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of pair members
	 */
	public static List<PairMember> findAll(
		int start, int end, OrderByComparator<PairMember> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the pair members from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of pair members.
	 *
	 * @return the number of pair members
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static PairMemberPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(PairMemberPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile PairMemberPersistence _persistence;

}