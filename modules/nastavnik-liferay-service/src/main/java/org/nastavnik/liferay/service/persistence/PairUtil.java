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

import org.nastavnik.liferay.model.Pair;

/**
 * The persistence utility for the pair service. This utility wraps <code>org.nastavnik.liferay.service.persistence.impl.PairPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see PairPersistence
 * @generated
 */
public class PairUtil {

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
	public static void clearCache(Pair pair) {
		getPersistence().clearCache(pair);
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
	public static Map<Serializable, Pair> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<Pair> findWithDynamicQuery(DynamicQuery dynamicQuery) {
		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<Pair> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<Pair> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<Pair> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static Pair update(Pair pair) {
		return getPersistence().update(pair);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static Pair update(Pair pair, ServiceContext serviceContext) {
		return getPersistence().update(pair, serviceContext);
	}

	/**
	 * Returns all the pairs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching pairs
	 */
	public static List<Pair> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the pairs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of matching pairs
	 */
	public static List<Pair> findByUuid(String uuid, int start, int end) {
		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the pairs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pairs
	 */
	public static List<Pair> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<Pair> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the pairs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pairs
	 */
	public static List<Pair> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<Pair> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first pair in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public static Pair findByUuid_First(
			String uuid, OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first pair in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchByUuid_First(
		String uuid, OrderByComparator<Pair> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last pair in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public static Pair findByUuid_Last(
			String uuid, OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last pair in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchByUuid_Last(
		String uuid, OrderByComparator<Pair> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the pairs before and after the current pair in the ordered set where uuid = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	public static Pair[] findByUuid_PrevAndNext(
			long pairId, String uuid, OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByUuid_PrevAndNext(
			pairId, uuid, orderByComparator);
	}

	/**
	 * Removes all the pairs where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of pairs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching pairs
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the pair where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchPairException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public static Pair findByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the pair where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the pair where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the pair where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the pair that was removed
	 */
	public static Pair removeByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of pairs where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching pairs
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the pairs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching pairs
	 */
	public static List<Pair> findByUuid_C(String uuid, long companyId) {
		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the pairs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of matching pairs
	 */
	public static List<Pair> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the pairs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pairs
	 */
	public static List<Pair> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Pair> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the pairs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pairs
	 */
	public static List<Pair> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Pair> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first pair in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public static Pair findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first pair in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<Pair> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last pair in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public static Pair findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last pair in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<Pair> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the pairs before and after the current pair in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	public static Pair[] findByUuid_C_PrevAndNext(
			long pairId, String uuid, long companyId,
			OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByUuid_C_PrevAndNext(
			pairId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the pairs where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of pairs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching pairs
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the pairs where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching pairs
	 */
	public static List<Pair> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

	/**
	 * Returns a range of all the pairs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of matching pairs
	 */
	public static List<Pair> findByGroupId(long groupId, int start, int end) {
		return getPersistence().findByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the pairs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pairs
	 */
	public static List<Pair> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<Pair> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the pairs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pairs
	 */
	public static List<Pair> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<Pair> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first pair in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public static Pair findByGroupId_First(
			long groupId, OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first pair in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchByGroupId_First(
		long groupId, OrderByComparator<Pair> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last pair in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public static Pair findByGroupId_Last(
			long groupId, OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last pair in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchByGroupId_Last(
		long groupId, OrderByComparator<Pair> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the pairs before and after the current pair in the ordered set where groupId = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	public static Pair[] findByGroupId_PrevAndNext(
			long pairId, long groupId,
			OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByGroupId_PrevAndNext(
			pairId, groupId, orderByComparator);
	}

	/**
	 * Removes all the pairs where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of pairs where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching pairs
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Returns all the pairs where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @return the matching pairs
	 */
	public static List<Pair> findByG_P(long groupId, long programId) {
		return getPersistence().findByG_P(groupId, programId);
	}

	/**
	 * Returns a range of all the pairs where groupId = &#63; and programId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of matching pairs
	 */
	public static List<Pair> findByG_P(
		long groupId, long programId, int start, int end) {

		return getPersistence().findByG_P(groupId, programId, start, end);
	}

	/**
	 * Returns an ordered range of all the pairs where groupId = &#63; and programId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pairs
	 */
	public static List<Pair> findByG_P(
		long groupId, long programId, int start, int end,
		OrderByComparator<Pair> orderByComparator) {

		return getPersistence().findByG_P(
			groupId, programId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the pairs where groupId = &#63; and programId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pairs
	 */
	public static List<Pair> findByG_P(
		long groupId, long programId, int start, int end,
		OrderByComparator<Pair> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByG_P(
			groupId, programId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first pair in the ordered set where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public static Pair findByG_P_First(
			long groupId, long programId,
			OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByG_P_First(
			groupId, programId, orderByComparator);
	}

	/**
	 * Returns the first pair in the ordered set where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchByG_P_First(
		long groupId, long programId,
		OrderByComparator<Pair> orderByComparator) {

		return getPersistence().fetchByG_P_First(
			groupId, programId, orderByComparator);
	}

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public static Pair findByG_P_Last(
			long groupId, long programId,
			OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByG_P_Last(
			groupId, programId, orderByComparator);
	}

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchByG_P_Last(
		long groupId, long programId,
		OrderByComparator<Pair> orderByComparator) {

		return getPersistence().fetchByG_P_Last(
			groupId, programId, orderByComparator);
	}

	/**
	 * Returns the pairs before and after the current pair in the ordered set where groupId = &#63; and programId = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	public static Pair[] findByG_P_PrevAndNext(
			long pairId, long groupId, long programId,
			OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByG_P_PrevAndNext(
			pairId, groupId, programId, orderByComparator);
	}

	/**
	 * Removes all the pairs where groupId = &#63; and programId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 */
	public static void removeByG_P(long groupId, long programId) {
		getPersistence().removeByG_P(groupId, programId);
	}

	/**
	 * Returns the number of pairs where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @return the number of matching pairs
	 */
	public static int countByG_P(long groupId, long programId) {
		return getPersistence().countByG_P(groupId, programId);
	}

	/**
	 * Returns all the pairs where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching pairs
	 */
	public static List<Pair> findByG_S(long groupId, String status) {
		return getPersistence().findByG_S(groupId, status);
	}

	/**
	 * Returns a range of all the pairs where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of matching pairs
	 */
	public static List<Pair> findByG_S(
		long groupId, String status, int start, int end) {

		return getPersistence().findByG_S(groupId, status, start, end);
	}

	/**
	 * Returns an ordered range of all the pairs where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pairs
	 */
	public static List<Pair> findByG_S(
		long groupId, String status, int start, int end,
		OrderByComparator<Pair> orderByComparator) {

		return getPersistence().findByG_S(
			groupId, status, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the pairs where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pairs
	 */
	public static List<Pair> findByG_S(
		long groupId, String status, int start, int end,
		OrderByComparator<Pair> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByG_S(
			groupId, status, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first pair in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public static Pair findByG_S_First(
			long groupId, String status,
			OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByG_S_First(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the first pair in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchByG_S_First(
		long groupId, String status,
		OrderByComparator<Pair> orderByComparator) {

		return getPersistence().fetchByG_S_First(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public static Pair findByG_S_Last(
			long groupId, String status,
			OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByG_S_Last(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchByG_S_Last(
		long groupId, String status,
		OrderByComparator<Pair> orderByComparator) {

		return getPersistence().fetchByG_S_Last(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the pairs before and after the current pair in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	public static Pair[] findByG_S_PrevAndNext(
			long pairId, long groupId, String status,
			OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByG_S_PrevAndNext(
			pairId, groupId, status, orderByComparator);
	}

	/**
	 * Removes all the pairs where groupId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 */
	public static void removeByG_S(long groupId, String status) {
		getPersistence().removeByG_S(groupId, status);
	}

	/**
	 * Returns the number of pairs where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching pairs
	 */
	public static int countByG_S(long groupId, String status) {
		return getPersistence().countByG_S(groupId, status);
	}

	/**
	 * Returns all the pairs where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @return the matching pairs
	 */
	public static List<Pair> findByG_P_S(
		long groupId, long programId, String status) {

		return getPersistence().findByG_P_S(groupId, programId, status);
	}

	/**
	 * Returns a range of all the pairs where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of matching pairs
	 */
	public static List<Pair> findByG_P_S(
		long groupId, long programId, String status, int start, int end) {

		return getPersistence().findByG_P_S(
			groupId, programId, status, start, end);
	}

	/**
	 * Returns an ordered range of all the pairs where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pairs
	 */
	public static List<Pair> findByG_P_S(
		long groupId, long programId, String status, int start, int end,
		OrderByComparator<Pair> orderByComparator) {

		return getPersistence().findByG_P_S(
			groupId, programId, status, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the pairs where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pairs
	 */
	public static List<Pair> findByG_P_S(
		long groupId, long programId, String status, int start, int end,
		OrderByComparator<Pair> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByG_P_S(
			groupId, programId, status, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Returns the first pair in the ordered set where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public static Pair findByG_P_S_First(
			long groupId, long programId, String status,
			OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByG_P_S_First(
			groupId, programId, status, orderByComparator);
	}

	/**
	 * Returns the first pair in the ordered set where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchByG_P_S_First(
		long groupId, long programId, String status,
		OrderByComparator<Pair> orderByComparator) {

		return getPersistence().fetchByG_P_S_First(
			groupId, programId, status, orderByComparator);
	}

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public static Pair findByG_P_S_Last(
			long groupId, long programId, String status,
			OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByG_P_S_Last(
			groupId, programId, status, orderByComparator);
	}

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchByG_P_S_Last(
		long groupId, long programId, String status,
		OrderByComparator<Pair> orderByComparator) {

		return getPersistence().fetchByG_P_S_Last(
			groupId, programId, status, orderByComparator);
	}

	/**
	 * Returns the pairs before and after the current pair in the ordered set where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	public static Pair[] findByG_P_S_PrevAndNext(
			long pairId, long groupId, long programId, String status,
			OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByG_P_S_PrevAndNext(
			pairId, groupId, programId, status, orderByComparator);
	}

	/**
	 * Removes all the pairs where groupId = &#63; and programId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 */
	public static void removeByG_P_S(
		long groupId, long programId, String status) {

		getPersistence().removeByG_P_S(groupId, programId, status);
	}

	/**
	 * Returns the number of pairs where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @return the number of matching pairs
	 */
	public static int countByG_P_S(
		long groupId, long programId, String status) {

		return getPersistence().countByG_P_S(groupId, programId, status);
	}

	/**
	 * Returns all the pairs where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @return the matching pairs
	 */
	public static List<Pair> findByMentorUserId(long mentorUserId) {
		return getPersistence().findByMentorUserId(mentorUserId);
	}

	/**
	 * Returns a range of all the pairs where mentorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param mentorUserId the mentor user ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of matching pairs
	 */
	public static List<Pair> findByMentorUserId(
		long mentorUserId, int start, int end) {

		return getPersistence().findByMentorUserId(mentorUserId, start, end);
	}

	/**
	 * Returns an ordered range of all the pairs where mentorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param mentorUserId the mentor user ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pairs
	 */
	public static List<Pair> findByMentorUserId(
		long mentorUserId, int start, int end,
		OrderByComparator<Pair> orderByComparator) {

		return getPersistence().findByMentorUserId(
			mentorUserId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the pairs where mentorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param mentorUserId the mentor user ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pairs
	 */
	public static List<Pair> findByMentorUserId(
		long mentorUserId, int start, int end,
		OrderByComparator<Pair> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByMentorUserId(
			mentorUserId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first pair in the ordered set where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public static Pair findByMentorUserId_First(
			long mentorUserId, OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByMentorUserId_First(
			mentorUserId, orderByComparator);
	}

	/**
	 * Returns the first pair in the ordered set where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchByMentorUserId_First(
		long mentorUserId, OrderByComparator<Pair> orderByComparator) {

		return getPersistence().fetchByMentorUserId_First(
			mentorUserId, orderByComparator);
	}

	/**
	 * Returns the last pair in the ordered set where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public static Pair findByMentorUserId_Last(
			long mentorUserId, OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByMentorUserId_Last(
			mentorUserId, orderByComparator);
	}

	/**
	 * Returns the last pair in the ordered set where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchByMentorUserId_Last(
		long mentorUserId, OrderByComparator<Pair> orderByComparator) {

		return getPersistence().fetchByMentorUserId_Last(
			mentorUserId, orderByComparator);
	}

	/**
	 * Returns the pairs before and after the current pair in the ordered set where mentorUserId = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param mentorUserId the mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	public static Pair[] findByMentorUserId_PrevAndNext(
			long pairId, long mentorUserId,
			OrderByComparator<Pair> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByMentorUserId_PrevAndNext(
			pairId, mentorUserId, orderByComparator);
	}

	/**
	 * Removes all the pairs where mentorUserId = &#63; from the database.
	 *
	 * @param mentorUserId the mentor user ID
	 */
	public static void removeByMentorUserId(long mentorUserId) {
		getPersistence().removeByMentorUserId(mentorUserId);
	}

	/**
	 * Returns the number of pairs where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @return the number of matching pairs
	 */
	public static int countByMentorUserId(long mentorUserId) {
		return getPersistence().countByMentorUserId(mentorUserId);
	}

	/**
	 * Caches the pair in the entity cache if it is enabled.
	 *
	 * @param pair the pair
	 */
	public static void cacheResult(Pair pair) {
		getPersistence().cacheResult(pair);
	}

	/**
	 * Caches the pairs in the entity cache if it is enabled.
	 *
	 * @param pairs the pairs
	 */
	public static void cacheResult(List<Pair> pairs) {
		getPersistence().cacheResult(pairs);
	}

	/**
	 * Creates a new pair with the primary key. Does not add the pair to the database.
	 *
	 * @param pairId the primary key for the new pair
	 * @return the new pair
	 */
	public static Pair create(long pairId) {
		return getPersistence().create(pairId);
	}

	/**
	 * Removes the pair with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param pairId the primary key of the pair
	 * @return the pair that was removed
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	public static Pair remove(long pairId)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().remove(pairId);
	}

	public static Pair updateImpl(Pair pair) {
		return getPersistence().updateImpl(pair);
	}

	/**
	 * Returns the pair with the primary key or throws a <code>NoSuchPairException</code> if it could not be found.
	 *
	 * @param pairId the primary key of the pair
	 * @return the pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	public static Pair findByPrimaryKey(long pairId)
		throws org.nastavnik.liferay.exception.NoSuchPairException {

		return getPersistence().findByPrimaryKey(pairId);
	}

	/**
	 * Returns the pair with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param pairId the primary key of the pair
	 * @return the pair, or <code>null</code> if a pair with the primary key could not be found
	 */
	public static Pair fetchByPrimaryKey(long pairId) {
		return getPersistence().fetchByPrimaryKey(pairId);
	}

	/**
	 * Returns all the pairs.
	 *
	 * @return the pairs
	 */
	public static List<Pair> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the pairs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of pairs
	 */
	public static List<Pair> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the pairs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of pairs
	 */
	public static List<Pair> findAll(
		int start, int end, OrderByComparator<Pair> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the pairs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of pairs
	 */
	public static List<Pair> findAll(
		int start, int end, OrderByComparator<Pair> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the pairs from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of pairs.
	 *
	 * @return the number of pairs
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static PairPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(PairPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile PairPersistence _persistence;

}