/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.nastavnik.liferay.exception.NoSuchMenteeNeedException;
import org.nastavnik.liferay.model.MenteeNeed;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The persistence interface for the mentee need service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see MenteeNeedUtil
 * @generated
 */
@ProviderType
public interface MenteeNeedPersistence extends BasePersistence<MenteeNeed> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link MenteeNeedUtil} to access the mentee need persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the mentee needs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching mentee needs
	 */
	public java.util.List<MenteeNeed> findByUuid(String uuid);

	/**
	 * Returns a range of all the mentee needs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @return the range of matching mentee needs
	 */
	public java.util.List<MenteeNeed> findByUuid(
		String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the mentee needs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentee needs
	 */
	public java.util.List<MenteeNeed> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentee needs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentee needs
	 */
	public java.util.List<MenteeNeed> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentee need in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	public MenteeNeed findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
				orderByComparator)
		throws NoSuchMenteeNeedException;

	/**
	 * Returns the first mentee need in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public MenteeNeed fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
			orderByComparator);

	/**
	 * Returns the last mentee need in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	public MenteeNeed findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
				orderByComparator)
		throws NoSuchMenteeNeedException;

	/**
	 * Returns the last mentee need in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public MenteeNeed fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
			orderByComparator);

	/**
	 * Returns the mentee needs before and after the current mentee need in the ordered set where uuid = &#63;.
	 *
	 * @param menteeNeedId the primary key of the current mentee need
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee need
	 * @throws NoSuchMenteeNeedException if a mentee need with the primary key could not be found
	 */
	public MenteeNeed[] findByUuid_PrevAndNext(
			long menteeNeedId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
				orderByComparator)
		throws NoSuchMenteeNeedException;

	/**
	 * Removes all the mentee needs where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of mentee needs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching mentee needs
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the mentee need where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchMenteeNeedException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	public MenteeNeed findByUUID_G(String uuid, long groupId)
		throws NoSuchMenteeNeedException;

	/**
	 * Returns the mentee need where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public MenteeNeed fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the mentee need where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public MenteeNeed fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the mentee need where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the mentee need that was removed
	 */
	public MenteeNeed removeByUUID_G(String uuid, long groupId)
		throws NoSuchMenteeNeedException;

	/**
	 * Returns the number of mentee needs where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching mentee needs
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the mentee needs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching mentee needs
	 */
	public java.util.List<MenteeNeed> findByUuid_C(String uuid, long companyId);

	/**
	 * Returns a range of all the mentee needs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @return the range of matching mentee needs
	 */
	public java.util.List<MenteeNeed> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the mentee needs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentee needs
	 */
	public java.util.List<MenteeNeed> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentee needs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentee needs
	 */
	public java.util.List<MenteeNeed> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentee need in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	public MenteeNeed findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
				orderByComparator)
		throws NoSuchMenteeNeedException;

	/**
	 * Returns the first mentee need in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public MenteeNeed fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
			orderByComparator);

	/**
	 * Returns the last mentee need in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	public MenteeNeed findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
				orderByComparator)
		throws NoSuchMenteeNeedException;

	/**
	 * Returns the last mentee need in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public MenteeNeed fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
			orderByComparator);

	/**
	 * Returns the mentee needs before and after the current mentee need in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param menteeNeedId the primary key of the current mentee need
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee need
	 * @throws NoSuchMenteeNeedException if a mentee need with the primary key could not be found
	 */
	public MenteeNeed[] findByUuid_C_PrevAndNext(
			long menteeNeedId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
				orderByComparator)
		throws NoSuchMenteeNeedException;

	/**
	 * Removes all the mentee needs where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of mentee needs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching mentee needs
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the mentee needs where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @return the matching mentee needs
	 */
	public java.util.List<MenteeNeed> findByMenteeProfileId(
		long menteeProfileId);

	/**
	 * Returns a range of all the mentee needs where menteeProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @return the range of matching mentee needs
	 */
	public java.util.List<MenteeNeed> findByMenteeProfileId(
		long menteeProfileId, int start, int end);

	/**
	 * Returns an ordered range of all the mentee needs where menteeProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentee needs
	 */
	public java.util.List<MenteeNeed> findByMenteeProfileId(
		long menteeProfileId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentee needs where menteeProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentee needs
	 */
	public java.util.List<MenteeNeed> findByMenteeProfileId(
		long menteeProfileId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentee need in the ordered set where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	public MenteeNeed findByMenteeProfileId_First(
			long menteeProfileId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
				orderByComparator)
		throws NoSuchMenteeNeedException;

	/**
	 * Returns the first mentee need in the ordered set where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public MenteeNeed fetchByMenteeProfileId_First(
		long menteeProfileId,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
			orderByComparator);

	/**
	 * Returns the last mentee need in the ordered set where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	public MenteeNeed findByMenteeProfileId_Last(
			long menteeProfileId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
				orderByComparator)
		throws NoSuchMenteeNeedException;

	/**
	 * Returns the last mentee need in the ordered set where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public MenteeNeed fetchByMenteeProfileId_Last(
		long menteeProfileId,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
			orderByComparator);

	/**
	 * Returns the mentee needs before and after the current mentee need in the ordered set where menteeProfileId = &#63;.
	 *
	 * @param menteeNeedId the primary key of the current mentee need
	 * @param menteeProfileId the mentee profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee need
	 * @throws NoSuchMenteeNeedException if a mentee need with the primary key could not be found
	 */
	public MenteeNeed[] findByMenteeProfileId_PrevAndNext(
			long menteeNeedId, long menteeProfileId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
				orderByComparator)
		throws NoSuchMenteeNeedException;

	/**
	 * Returns all the mentee needs where menteeProfileId = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param menteeProfileIds the mentee profile IDs
	 * @return the matching mentee needs
	 */
	public java.util.List<MenteeNeed> findByMenteeProfileId(
		long[] menteeProfileIds);

	/**
	 * Returns a range of all the mentee needs where menteeProfileId = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param menteeProfileIds the mentee profile IDs
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @return the range of matching mentee needs
	 */
	public java.util.List<MenteeNeed> findByMenteeProfileId(
		long[] menteeProfileIds, int start, int end);

	/**
	 * Returns an ordered range of all the mentee needs where menteeProfileId = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param menteeProfileIds the mentee profile IDs
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentee needs
	 */
	public java.util.List<MenteeNeed> findByMenteeProfileId(
		long[] menteeProfileIds, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentee needs where menteeProfileId = &#63;, optionally using the finder cache.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param menteeProfileIds the mentee profile IDs
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentee needs
	 */
	public java.util.List<MenteeNeed> findByMenteeProfileId(
		long[] menteeProfileIds, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the mentee needs where menteeProfileId = &#63; from the database.
	 *
	 * @param menteeProfileId the mentee profile ID
	 */
	public void removeByMenteeProfileId(long menteeProfileId);

	/**
	 * Returns the number of mentee needs where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @return the number of matching mentee needs
	 */
	public int countByMenteeProfileId(long menteeProfileId);

	/**
	 * Returns the number of mentee needs where menteeProfileId = any &#63;.
	 *
	 * @param menteeProfileIds the mentee profile IDs
	 * @return the number of matching mentee needs
	 */
	public int countByMenteeProfileId(long[] menteeProfileIds);

	/**
	 * Returns the mentee need where menteeProfileId = &#63; and competencyId = &#63; or throws a <code>NoSuchMenteeNeedException</code> if it could not be found.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param competencyId the competency ID
	 * @return the matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	public MenteeNeed findByM_C(long menteeProfileId, long competencyId)
		throws NoSuchMenteeNeedException;

	/**
	 * Returns the mentee need where menteeProfileId = &#63; and competencyId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param competencyId the competency ID
	 * @return the matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public MenteeNeed fetchByM_C(long menteeProfileId, long competencyId);

	/**
	 * Returns the mentee need where menteeProfileId = &#63; and competencyId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param competencyId the competency ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public MenteeNeed fetchByM_C(
		long menteeProfileId, long competencyId, boolean useFinderCache);

	/**
	 * Removes the mentee need where menteeProfileId = &#63; and competencyId = &#63; from the database.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param competencyId the competency ID
	 * @return the mentee need that was removed
	 */
	public MenteeNeed removeByM_C(long menteeProfileId, long competencyId)
		throws NoSuchMenteeNeedException;

	/**
	 * Returns the number of mentee needs where menteeProfileId = &#63; and competencyId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param competencyId the competency ID
	 * @return the number of matching mentee needs
	 */
	public int countByM_C(long menteeProfileId, long competencyId);

	/**
	 * Caches the mentee need in the entity cache if it is enabled.
	 *
	 * @param menteeNeed the mentee need
	 */
	public void cacheResult(MenteeNeed menteeNeed);

	/**
	 * Caches the mentee needs in the entity cache if it is enabled.
	 *
	 * @param menteeNeeds the mentee needs
	 */
	public void cacheResult(java.util.List<MenteeNeed> menteeNeeds);

	/**
	 * Creates a new mentee need with the primary key. Does not add the mentee need to the database.
	 *
	 * @param menteeNeedId the primary key for the new mentee need
	 * @return the new mentee need
	 */
	public MenteeNeed create(long menteeNeedId);

	/**
	 * Removes the mentee need with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param menteeNeedId the primary key of the mentee need
	 * @return the mentee need that was removed
	 * @throws NoSuchMenteeNeedException if a mentee need with the primary key could not be found
	 */
	public MenteeNeed remove(long menteeNeedId)
		throws NoSuchMenteeNeedException;

	public MenteeNeed updateImpl(MenteeNeed menteeNeed);

	/**
	 * Returns the mentee need with the primary key or throws a <code>NoSuchMenteeNeedException</code> if it could not be found.
	 *
	 * @param menteeNeedId the primary key of the mentee need
	 * @return the mentee need
	 * @throws NoSuchMenteeNeedException if a mentee need with the primary key could not be found
	 */
	public MenteeNeed findByPrimaryKey(long menteeNeedId)
		throws NoSuchMenteeNeedException;

	/**
	 * Returns the mentee need with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param menteeNeedId the primary key of the mentee need
	 * @return the mentee need, or <code>null</code> if a mentee need with the primary key could not be found
	 */
	public MenteeNeed fetchByPrimaryKey(long menteeNeedId);

	/**
	 * Returns all the mentee needs.
	 *
	 * @return the mentee needs
	 */
	public java.util.List<MenteeNeed> findAll();

	/**
	 * Returns a range of all the mentee needs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @return the range of mentee needs
	 */
	public java.util.List<MenteeNeed> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the mentee needs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of mentee needs
	 */
	public java.util.List<MenteeNeed> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentee needs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of mentee needs
	 */
	public java.util.List<MenteeNeed> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeNeed>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the mentee needs from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of mentee needs.
	 *
	 * @return the number of mentee needs
	 */
	public int countAll();

}