/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.nastavnik.liferay.exception.NoSuchPairMemberException;
import org.nastavnik.liferay.model.PairMember;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The persistence interface for the pair member service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see PairMemberUtil
 * @generated
 */
@ProviderType
public interface PairMemberPersistence extends BasePersistence<PairMember> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link PairMemberUtil} to access the pair member persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the pair members where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching pair members
	 */
	public java.util.List<PairMember> findByUuid(String uuid);

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
	public java.util.List<PairMember> findByUuid(
		String uuid, int start, int end);

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
	public java.util.List<PairMember> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator);

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
	public java.util.List<PairMember> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first pair member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public PairMember findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<PairMember>
				orderByComparator)
		throws NoSuchPairMemberException;

	/**
	 * Returns the first pair member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public PairMember fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator);

	/**
	 * Returns the last pair member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public PairMember findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<PairMember>
				orderByComparator)
		throws NoSuchPairMemberException;

	/**
	 * Returns the last pair member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public PairMember fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator);

	/**
	 * Returns the pair members before and after the current pair member in the ordered set where uuid = &#63;.
	 *
	 * @param pairMemberId the primary key of the current pair member
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair member
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	public PairMember[] findByUuid_PrevAndNext(
			long pairMemberId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<PairMember>
				orderByComparator)
		throws NoSuchPairMemberException;

	/**
	 * Removes all the pair members where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of pair members where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching pair members
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the pair member where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchPairMemberException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public PairMember findByUUID_G(String uuid, long groupId)
		throws NoSuchPairMemberException;

	/**
	 * Returns the pair member where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public PairMember fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the pair member where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public PairMember fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the pair member where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the pair member that was removed
	 */
	public PairMember removeByUUID_G(String uuid, long groupId)
		throws NoSuchPairMemberException;

	/**
	 * Returns the number of pair members where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching pair members
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the pair members where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching pair members
	 */
	public java.util.List<PairMember> findByUuid_C(String uuid, long companyId);

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
	public java.util.List<PairMember> findByUuid_C(
		String uuid, long companyId, int start, int end);

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
	public java.util.List<PairMember> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator);

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
	public java.util.List<PairMember> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first pair member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public PairMember findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<PairMember>
				orderByComparator)
		throws NoSuchPairMemberException;

	/**
	 * Returns the first pair member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public PairMember fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator);

	/**
	 * Returns the last pair member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public PairMember findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<PairMember>
				orderByComparator)
		throws NoSuchPairMemberException;

	/**
	 * Returns the last pair member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public PairMember fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator);

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
	public PairMember[] findByUuid_C_PrevAndNext(
			long pairMemberId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<PairMember>
				orderByComparator)
		throws NoSuchPairMemberException;

	/**
	 * Removes all the pair members where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of pair members where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching pair members
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the pair members where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @return the matching pair members
	 */
	public java.util.List<PairMember> findByPairId(long pairId);

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
	public java.util.List<PairMember> findByPairId(
		long pairId, int start, int end);

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
	public java.util.List<PairMember> findByPairId(
		long pairId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator);

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
	public java.util.List<PairMember> findByPairId(
		long pairId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first pair member in the ordered set where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public PairMember findByPairId_First(
			long pairId,
			com.liferay.portal.kernel.util.OrderByComparator<PairMember>
				orderByComparator)
		throws NoSuchPairMemberException;

	/**
	 * Returns the first pair member in the ordered set where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public PairMember fetchByPairId_First(
		long pairId,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator);

	/**
	 * Returns the last pair member in the ordered set where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public PairMember findByPairId_Last(
			long pairId,
			com.liferay.portal.kernel.util.OrderByComparator<PairMember>
				orderByComparator)
		throws NoSuchPairMemberException;

	/**
	 * Returns the last pair member in the ordered set where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public PairMember fetchByPairId_Last(
		long pairId,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator);

	/**
	 * Returns the pair members before and after the current pair member in the ordered set where pairId = &#63;.
	 *
	 * @param pairMemberId the primary key of the current pair member
	 * @param pairId the pair ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair member
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	public PairMember[] findByPairId_PrevAndNext(
			long pairMemberId, long pairId,
			com.liferay.portal.kernel.util.OrderByComparator<PairMember>
				orderByComparator)
		throws NoSuchPairMemberException;

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
	public java.util.List<PairMember> findByPairId(long[] pairIds);

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
	public java.util.List<PairMember> findByPairId(
		long[] pairIds, int start, int end);

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
	public java.util.List<PairMember> findByPairId(
		long[] pairIds, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator);

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
	public java.util.List<PairMember> findByPairId(
		long[] pairIds, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the pair members where pairId = &#63; from the database.
	 *
	 * @param pairId the pair ID
	 */
	public void removeByPairId(long pairId);

	/**
	 * Returns the number of pair members where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @return the number of matching pair members
	 */
	public int countByPairId(long pairId);

	/**
	 * Returns the number of pair members where pairId = any &#63;.
	 *
	 * @param pairIds the pair IDs
	 * @return the number of matching pair members
	 */
	public int countByPairId(long[] pairIds);

	/**
	 * Returns all the pair members where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @return the matching pair members
	 */
	public java.util.List<PairMember> findByMenteeUserId(long menteeUserId);

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
	public java.util.List<PairMember> findByMenteeUserId(
		long menteeUserId, int start, int end);

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
	public java.util.List<PairMember> findByMenteeUserId(
		long menteeUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator);

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
	public java.util.List<PairMember> findByMenteeUserId(
		long menteeUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first pair member in the ordered set where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public PairMember findByMenteeUserId_First(
			long menteeUserId,
			com.liferay.portal.kernel.util.OrderByComparator<PairMember>
				orderByComparator)
		throws NoSuchPairMemberException;

	/**
	 * Returns the first pair member in the ordered set where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public PairMember fetchByMenteeUserId_First(
		long menteeUserId,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator);

	/**
	 * Returns the last pair member in the ordered set where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public PairMember findByMenteeUserId_Last(
			long menteeUserId,
			com.liferay.portal.kernel.util.OrderByComparator<PairMember>
				orderByComparator)
		throws NoSuchPairMemberException;

	/**
	 * Returns the last pair member in the ordered set where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public PairMember fetchByMenteeUserId_Last(
		long menteeUserId,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator);

	/**
	 * Returns the pair members before and after the current pair member in the ordered set where menteeUserId = &#63;.
	 *
	 * @param pairMemberId the primary key of the current pair member
	 * @param menteeUserId the mentee user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair member
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	public PairMember[] findByMenteeUserId_PrevAndNext(
			long pairMemberId, long menteeUserId,
			com.liferay.portal.kernel.util.OrderByComparator<PairMember>
				orderByComparator)
		throws NoSuchPairMemberException;

	/**
	 * Removes all the pair members where menteeUserId = &#63; from the database.
	 *
	 * @param menteeUserId the mentee user ID
	 */
	public void removeByMenteeUserId(long menteeUserId);

	/**
	 * Returns the number of pair members where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @return the number of matching pair members
	 */
	public int countByMenteeUserId(long menteeUserId);

	/**
	 * Returns the pair member where pairId = &#63; and menteeUserId = &#63; or throws a <code>NoSuchPairMemberException</code> if it could not be found.
	 *
	 * @param pairId the pair ID
	 * @param menteeUserId the mentee user ID
	 * @return the matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public PairMember findByP_M(long pairId, long menteeUserId)
		throws NoSuchPairMemberException;

	/**
	 * Returns the pair member where pairId = &#63; and menteeUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param pairId the pair ID
	 * @param menteeUserId the mentee user ID
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public PairMember fetchByP_M(long pairId, long menteeUserId);

	/**
	 * Returns the pair member where pairId = &#63; and menteeUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param pairId the pair ID
	 * @param menteeUserId the mentee user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public PairMember fetchByP_M(
		long pairId, long menteeUserId, boolean useFinderCache);

	/**
	 * Removes the pair member where pairId = &#63; and menteeUserId = &#63; from the database.
	 *
	 * @param pairId the pair ID
	 * @param menteeUserId the mentee user ID
	 * @return the pair member that was removed
	 */
	public PairMember removeByP_M(long pairId, long menteeUserId)
		throws NoSuchPairMemberException;

	/**
	 * Returns the number of pair members where pairId = &#63; and menteeUserId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @param menteeUserId the mentee user ID
	 * @return the number of matching pair members
	 */
	public int countByP_M(long pairId, long menteeUserId);

	/**
	 * Returns the pair member where programId = &#63; and menteeUserId = &#63; and openInProgram = &#63; or throws a <code>NoSuchPairMemberException</code> if it could not be found.
	 *
	 * @param programId the program ID
	 * @param menteeUserId the mentee user ID
	 * @param openInProgram the open in program
	 * @return the matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	public PairMember findByP_M_O(
			long programId, long menteeUserId, int openInProgram)
		throws NoSuchPairMemberException;

	/**
	 * Returns the pair member where programId = &#63; and menteeUserId = &#63; and openInProgram = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param programId the program ID
	 * @param menteeUserId the mentee user ID
	 * @param openInProgram the open in program
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public PairMember fetchByP_M_O(
		long programId, long menteeUserId, int openInProgram);

	/**
	 * Returns the pair member where programId = &#63; and menteeUserId = &#63; and openInProgram = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param programId the program ID
	 * @param menteeUserId the mentee user ID
	 * @param openInProgram the open in program
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public PairMember fetchByP_M_O(
		long programId, long menteeUserId, int openInProgram,
		boolean useFinderCache);

	/**
	 * Removes the pair member where programId = &#63; and menteeUserId = &#63; and openInProgram = &#63; from the database.
	 *
	 * @param programId the program ID
	 * @param menteeUserId the mentee user ID
	 * @param openInProgram the open in program
	 * @return the pair member that was removed
	 */
	public PairMember removeByP_M_O(
			long programId, long menteeUserId, int openInProgram)
		throws NoSuchPairMemberException;

	/**
	 * Returns the number of pair members where programId = &#63; and menteeUserId = &#63; and openInProgram = &#63;.
	 *
	 * @param programId the program ID
	 * @param menteeUserId the mentee user ID
	 * @param openInProgram the open in program
	 * @return the number of matching pair members
	 */
	public int countByP_M_O(
		long programId, long menteeUserId, int openInProgram);

	/**
	 * Caches the pair member in the entity cache if it is enabled.
	 *
	 * @param pairMember the pair member
	 */
	public void cacheResult(PairMember pairMember);

	/**
	 * Caches the pair members in the entity cache if it is enabled.
	 *
	 * @param pairMembers the pair members
	 */
	public void cacheResult(java.util.List<PairMember> pairMembers);

	/**
	 * Creates a new pair member with the primary key. Does not add the pair member to the database.
	 *
	 * @param pairMemberId the primary key for the new pair member
	 * @return the new pair member
	 */
	public PairMember create(long pairMemberId);

	/**
	 * Removes the pair member with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param pairMemberId the primary key of the pair member
	 * @return the pair member that was removed
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	public PairMember remove(long pairMemberId)
		throws NoSuchPairMemberException;

	public PairMember updateImpl(PairMember pairMember);

	/**
	 * Returns the pair member with the primary key or throws a <code>NoSuchPairMemberException</code> if it could not be found.
	 *
	 * @param pairMemberId the primary key of the pair member
	 * @return the pair member
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	public PairMember findByPrimaryKey(long pairMemberId)
		throws NoSuchPairMemberException;

	/**
	 * Returns the pair member with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param pairMemberId the primary key of the pair member
	 * @return the pair member, or <code>null</code> if a pair member with the primary key could not be found
	 */
	public PairMember fetchByPrimaryKey(long pairMemberId);

	/**
	 * Returns all the pair members.
	 *
	 * @return the pair members
	 */
	public java.util.List<PairMember> findAll();

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
	public java.util.List<PairMember> findAll(int start, int end);

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
	public java.util.List<PairMember> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator);

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
	public java.util.List<PairMember> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<PairMember>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the pair members from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of pair members.
	 *
	 * @return the number of pair members
	 */
	public int countAll();

}