/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.nastavnik.liferay.exception.NoSuchPairException;
import org.nastavnik.liferay.model.Pair;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The persistence interface for the pair service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see PairUtil
 * @generated
 */
@ProviderType
public interface PairPersistence extends BasePersistence<Pair> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link PairUtil} to access the pair persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the pairs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching pairs
	 */
	public java.util.List<Pair> findByUuid(String uuid);

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
	public java.util.List<Pair> findByUuid(String uuid, int start, int end);

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
	public java.util.List<Pair> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

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
	public java.util.List<Pair> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first pair in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public Pair findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Returns the first pair in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public Pair fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

	/**
	 * Returns the last pair in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public Pair findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Returns the last pair in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public Pair fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

	/**
	 * Returns the pairs before and after the current pair in the ordered set where uuid = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	public Pair[] findByUuid_PrevAndNext(
			long pairId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Removes all the pairs where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of pairs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching pairs
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the pair where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchPairException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public Pair findByUUID_G(String uuid, long groupId)
		throws NoSuchPairException;

	/**
	 * Returns the pair where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public Pair fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the pair where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public Pair fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the pair where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the pair that was removed
	 */
	public Pair removeByUUID_G(String uuid, long groupId)
		throws NoSuchPairException;

	/**
	 * Returns the number of pairs where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching pairs
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the pairs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching pairs
	 */
	public java.util.List<Pair> findByUuid_C(String uuid, long companyId);

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
	public java.util.List<Pair> findByUuid_C(
		String uuid, long companyId, int start, int end);

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
	public java.util.List<Pair> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

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
	public java.util.List<Pair> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first pair in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public Pair findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Returns the first pair in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public Pair fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

	/**
	 * Returns the last pair in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public Pair findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Returns the last pair in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public Pair fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

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
	public Pair[] findByUuid_C_PrevAndNext(
			long pairId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Removes all the pairs where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of pairs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching pairs
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the pairs where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching pairs
	 */
	public java.util.List<Pair> findByGroupId(long groupId);

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
	public java.util.List<Pair> findByGroupId(long groupId, int start, int end);

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
	public java.util.List<Pair> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

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
	public java.util.List<Pair> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first pair in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public Pair findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Returns the first pair in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public Pair fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

	/**
	 * Returns the last pair in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public Pair findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Returns the last pair in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public Pair fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

	/**
	 * Returns the pairs before and after the current pair in the ordered set where groupId = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	public Pair[] findByGroupId_PrevAndNext(
			long pairId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Removes all the pairs where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of pairs where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching pairs
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns all the pairs where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @return the matching pairs
	 */
	public java.util.List<Pair> findByG_P(long groupId, long programId);

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
	public java.util.List<Pair> findByG_P(
		long groupId, long programId, int start, int end);

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
	public java.util.List<Pair> findByG_P(
		long groupId, long programId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

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
	public java.util.List<Pair> findByG_P(
		long groupId, long programId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first pair in the ordered set where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public Pair findByG_P_First(
			long groupId, long programId,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Returns the first pair in the ordered set where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public Pair fetchByG_P_First(
		long groupId, long programId,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public Pair findByG_P_Last(
			long groupId, long programId,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public Pair fetchByG_P_Last(
		long groupId, long programId,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

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
	public Pair[] findByG_P_PrevAndNext(
			long pairId, long groupId, long programId,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Removes all the pairs where groupId = &#63; and programId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 */
	public void removeByG_P(long groupId, long programId);

	/**
	 * Returns the number of pairs where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @return the number of matching pairs
	 */
	public int countByG_P(long groupId, long programId);

	/**
	 * Returns all the pairs where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching pairs
	 */
	public java.util.List<Pair> findByG_S(long groupId, String status);

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
	public java.util.List<Pair> findByG_S(
		long groupId, String status, int start, int end);

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
	public java.util.List<Pair> findByG_S(
		long groupId, String status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

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
	public java.util.List<Pair> findByG_S(
		long groupId, String status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first pair in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public Pair findByG_S_First(
			long groupId, String status,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Returns the first pair in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public Pair fetchByG_S_First(
		long groupId, String status,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public Pair findByG_S_Last(
			long groupId, String status,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public Pair fetchByG_S_Last(
		long groupId, String status,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

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
	public Pair[] findByG_S_PrevAndNext(
			long pairId, long groupId, String status,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Removes all the pairs where groupId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 */
	public void removeByG_S(long groupId, String status);

	/**
	 * Returns the number of pairs where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching pairs
	 */
	public int countByG_S(long groupId, String status);

	/**
	 * Returns all the pairs where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @return the matching pairs
	 */
	public java.util.List<Pair> findByG_P_S(
		long groupId, long programId, String status);

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
	public java.util.List<Pair> findByG_P_S(
		long groupId, long programId, String status, int start, int end);

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
	public java.util.List<Pair> findByG_P_S(
		long groupId, long programId, String status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

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
	public java.util.List<Pair> findByG_P_S(
		long groupId, long programId, String status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator,
		boolean useFinderCache);

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
	public Pair findByG_P_S_First(
			long groupId, long programId, String status,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Returns the first pair in the ordered set where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public Pair fetchByG_P_S_First(
		long groupId, long programId, String status,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

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
	public Pair findByG_P_S_Last(
			long groupId, long programId, String status,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public Pair fetchByG_P_S_Last(
		long groupId, long programId, String status,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

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
	public Pair[] findByG_P_S_PrevAndNext(
			long pairId, long groupId, long programId, String status,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Removes all the pairs where groupId = &#63; and programId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 */
	public void removeByG_P_S(long groupId, long programId, String status);

	/**
	 * Returns the number of pairs where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @return the number of matching pairs
	 */
	public int countByG_P_S(long groupId, long programId, String status);

	/**
	 * Returns all the pairs where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @return the matching pairs
	 */
	public java.util.List<Pair> findByMentorUserId(long mentorUserId);

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
	public java.util.List<Pair> findByMentorUserId(
		long mentorUserId, int start, int end);

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
	public java.util.List<Pair> findByMentorUserId(
		long mentorUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

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
	public java.util.List<Pair> findByMentorUserId(
		long mentorUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first pair in the ordered set where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public Pair findByMentorUserId_First(
			long mentorUserId,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Returns the first pair in the ordered set where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public Pair fetchByMentorUserId_First(
		long mentorUserId,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

	/**
	 * Returns the last pair in the ordered set where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	public Pair findByMentorUserId_Last(
			long mentorUserId,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Returns the last pair in the ordered set where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public Pair fetchByMentorUserId_Last(
		long mentorUserId,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

	/**
	 * Returns the pairs before and after the current pair in the ordered set where mentorUserId = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param mentorUserId the mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	public Pair[] findByMentorUserId_PrevAndNext(
			long pairId, long mentorUserId,
			com.liferay.portal.kernel.util.OrderByComparator<Pair>
				orderByComparator)
		throws NoSuchPairException;

	/**
	 * Removes all the pairs where mentorUserId = &#63; from the database.
	 *
	 * @param mentorUserId the mentor user ID
	 */
	public void removeByMentorUserId(long mentorUserId);

	/**
	 * Returns the number of pairs where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @return the number of matching pairs
	 */
	public int countByMentorUserId(long mentorUserId);

	/**
	 * Caches the pair in the entity cache if it is enabled.
	 *
	 * @param pair the pair
	 */
	public void cacheResult(Pair pair);

	/**
	 * Caches the pairs in the entity cache if it is enabled.
	 *
	 * @param pairs the pairs
	 */
	public void cacheResult(java.util.List<Pair> pairs);

	/**
	 * Creates a new pair with the primary key. Does not add the pair to the database.
	 *
	 * @param pairId the primary key for the new pair
	 * @return the new pair
	 */
	public Pair create(long pairId);

	/**
	 * Removes the pair with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param pairId the primary key of the pair
	 * @return the pair that was removed
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	public Pair remove(long pairId) throws NoSuchPairException;

	public Pair updateImpl(Pair pair);

	/**
	 * Returns the pair with the primary key or throws a <code>NoSuchPairException</code> if it could not be found.
	 *
	 * @param pairId the primary key of the pair
	 * @return the pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	public Pair findByPrimaryKey(long pairId) throws NoSuchPairException;

	/**
	 * Returns the pair with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param pairId the primary key of the pair
	 * @return the pair, or <code>null</code> if a pair with the primary key could not be found
	 */
	public Pair fetchByPrimaryKey(long pairId);

	/**
	 * Returns all the pairs.
	 *
	 * @return the pairs
	 */
	public java.util.List<Pair> findAll();

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
	public java.util.List<Pair> findAll(int start, int end);

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
	public java.util.List<Pair> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator);

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
	public java.util.List<Pair> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Pair>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the pairs from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of pairs.
	 *
	 * @return the number of pairs
	 */
	public int countAll();

}