/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.nastavnik.liferay.exception.NoSuchMentorProfileException;
import org.nastavnik.liferay.model.MentorProfile;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The persistence interface for the mentor profile service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see MentorProfileUtil
 * @generated
 */
@ProviderType
public interface MentorProfilePersistence
	extends BasePersistence<MentorProfile> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link MentorProfileUtil} to access the mentor profile persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the mentor profiles where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching mentor profiles
	 */
	public java.util.List<MentorProfile> findByUuid(String uuid);

	/**
	 * Returns a range of all the mentor profiles where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @return the range of matching mentor profiles
	 */
	public java.util.List<MentorProfile> findByUuid(
		String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the mentor profiles where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor profiles
	 */
	public java.util.List<MentorProfile> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentor profiles where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor profiles
	 */
	public java.util.List<MentorProfile> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentor profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	public MentorProfile findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
				orderByComparator)
		throws NoSuchMentorProfileException;

	/**
	 * Returns the first mentor profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public MentorProfile fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
			orderByComparator);

	/**
	 * Returns the last mentor profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	public MentorProfile findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
				orderByComparator)
		throws NoSuchMentorProfileException;

	/**
	 * Returns the last mentor profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public MentorProfile fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
			orderByComparator);

	/**
	 * Returns the mentor profiles before and after the current mentor profile in the ordered set where uuid = &#63;.
	 *
	 * @param mentorProfileId the primary key of the current mentor profile
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor profile
	 * @throws NoSuchMentorProfileException if a mentor profile with the primary key could not be found
	 */
	public MentorProfile[] findByUuid_PrevAndNext(
			long mentorProfileId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
				orderByComparator)
		throws NoSuchMentorProfileException;

	/**
	 * Removes all the mentor profiles where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of mentor profiles where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching mentor profiles
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the mentor profile where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchMentorProfileException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	public MentorProfile findByUUID_G(String uuid, long groupId)
		throws NoSuchMentorProfileException;

	/**
	 * Returns the mentor profile where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public MentorProfile fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the mentor profile where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public MentorProfile fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the mentor profile where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the mentor profile that was removed
	 */
	public MentorProfile removeByUUID_G(String uuid, long groupId)
		throws NoSuchMentorProfileException;

	/**
	 * Returns the number of mentor profiles where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching mentor profiles
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the mentor profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching mentor profiles
	 */
	public java.util.List<MentorProfile> findByUuid_C(
		String uuid, long companyId);

	/**
	 * Returns a range of all the mentor profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @return the range of matching mentor profiles
	 */
	public java.util.List<MentorProfile> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the mentor profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor profiles
	 */
	public java.util.List<MentorProfile> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentor profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor profiles
	 */
	public java.util.List<MentorProfile> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentor profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	public MentorProfile findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
				orderByComparator)
		throws NoSuchMentorProfileException;

	/**
	 * Returns the first mentor profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public MentorProfile fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
			orderByComparator);

	/**
	 * Returns the last mentor profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	public MentorProfile findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
				orderByComparator)
		throws NoSuchMentorProfileException;

	/**
	 * Returns the last mentor profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public MentorProfile fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
			orderByComparator);

	/**
	 * Returns the mentor profiles before and after the current mentor profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param mentorProfileId the primary key of the current mentor profile
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor profile
	 * @throws NoSuchMentorProfileException if a mentor profile with the primary key could not be found
	 */
	public MentorProfile[] findByUuid_C_PrevAndNext(
			long mentorProfileId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
				orderByComparator)
		throws NoSuchMentorProfileException;

	/**
	 * Removes all the mentor profiles where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of mentor profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching mentor profiles
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the mentor profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching mentor profiles
	 */
	public java.util.List<MentorProfile> findByGroupId(long groupId);

	/**
	 * Returns a range of all the mentor profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @return the range of matching mentor profiles
	 */
	public java.util.List<MentorProfile> findByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the mentor profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor profiles
	 */
	public java.util.List<MentorProfile> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentor profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor profiles
	 */
	public java.util.List<MentorProfile> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentor profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	public MentorProfile findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
				orderByComparator)
		throws NoSuchMentorProfileException;

	/**
	 * Returns the first mentor profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public MentorProfile fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
			orderByComparator);

	/**
	 * Returns the last mentor profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	public MentorProfile findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
				orderByComparator)
		throws NoSuchMentorProfileException;

	/**
	 * Returns the last mentor profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public MentorProfile fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
			orderByComparator);

	/**
	 * Returns the mentor profiles before and after the current mentor profile in the ordered set where groupId = &#63;.
	 *
	 * @param mentorProfileId the primary key of the current mentor profile
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor profile
	 * @throws NoSuchMentorProfileException if a mentor profile with the primary key could not be found
	 */
	public MentorProfile[] findByGroupId_PrevAndNext(
			long mentorProfileId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
				orderByComparator)
		throws NoSuchMentorProfileException;

	/**
	 * Removes all the mentor profiles where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of mentor profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching mentor profiles
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns the mentor profile where groupId = &#63; and userId = &#63; or throws a <code>NoSuchMentorProfileException</code> if it could not be found.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	public MentorProfile findByG_U(long groupId, long userId)
		throws NoSuchMentorProfileException;

	/**
	 * Returns the mentor profile where groupId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public MentorProfile fetchByG_U(long groupId, long userId);

	/**
	 * Returns the mentor profile where groupId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public MentorProfile fetchByG_U(
		long groupId, long userId, boolean useFinderCache);

	/**
	 * Removes the mentor profile where groupId = &#63; and userId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the mentor profile that was removed
	 */
	public MentorProfile removeByG_U(long groupId, long userId)
		throws NoSuchMentorProfileException;

	/**
	 * Returns the number of mentor profiles where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the number of matching mentor profiles
	 */
	public int countByG_U(long groupId, long userId);

	/**
	 * Caches the mentor profile in the entity cache if it is enabled.
	 *
	 * @param mentorProfile the mentor profile
	 */
	public void cacheResult(MentorProfile mentorProfile);

	/**
	 * Caches the mentor profiles in the entity cache if it is enabled.
	 *
	 * @param mentorProfiles the mentor profiles
	 */
	public void cacheResult(java.util.List<MentorProfile> mentorProfiles);

	/**
	 * Creates a new mentor profile with the primary key. Does not add the mentor profile to the database.
	 *
	 * @param mentorProfileId the primary key for the new mentor profile
	 * @return the new mentor profile
	 */
	public MentorProfile create(long mentorProfileId);

	/**
	 * Removes the mentor profile with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param mentorProfileId the primary key of the mentor profile
	 * @return the mentor profile that was removed
	 * @throws NoSuchMentorProfileException if a mentor profile with the primary key could not be found
	 */
	public MentorProfile remove(long mentorProfileId)
		throws NoSuchMentorProfileException;

	public MentorProfile updateImpl(MentorProfile mentorProfile);

	/**
	 * Returns the mentor profile with the primary key or throws a <code>NoSuchMentorProfileException</code> if it could not be found.
	 *
	 * @param mentorProfileId the primary key of the mentor profile
	 * @return the mentor profile
	 * @throws NoSuchMentorProfileException if a mentor profile with the primary key could not be found
	 */
	public MentorProfile findByPrimaryKey(long mentorProfileId)
		throws NoSuchMentorProfileException;

	/**
	 * Returns the mentor profile with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param mentorProfileId the primary key of the mentor profile
	 * @return the mentor profile, or <code>null</code> if a mentor profile with the primary key could not be found
	 */
	public MentorProfile fetchByPrimaryKey(long mentorProfileId);

	/**
	 * Returns all the mentor profiles.
	 *
	 * @return the mentor profiles
	 */
	public java.util.List<MentorProfile> findAll();

	/**
	 * Returns a range of all the mentor profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @return the range of mentor profiles
	 */
	public java.util.List<MentorProfile> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the mentor profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of mentor profiles
	 */
	public java.util.List<MentorProfile> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentor profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of mentor profiles
	 */
	public java.util.List<MentorProfile> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorProfile>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the mentor profiles from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of mentor profiles.
	 *
	 * @return the number of mentor profiles
	 */
	public int countAll();

}