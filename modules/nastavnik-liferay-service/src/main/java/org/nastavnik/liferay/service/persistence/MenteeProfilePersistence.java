/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.nastavnik.liferay.exception.NoSuchMenteeProfileException;
import org.nastavnik.liferay.model.MenteeProfile;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The persistence interface for the mentee profile service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see MenteeProfileUtil
 * @generated
 */
@ProviderType
public interface MenteeProfilePersistence
	extends BasePersistence<MenteeProfile> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link MenteeProfileUtil} to access the mentee profile persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the mentee profiles where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByUuid(String uuid);

	/**
	 * Returns a range of all the mentee profiles where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @return the range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByUuid(
		String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the mentee profiles where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentee profiles where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentee profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public MenteeProfile findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the first mentee profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public MenteeProfile fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns the last mentee profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public MenteeProfile findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the last mentee profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public MenteeProfile fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns the mentee profiles before and after the current mentee profile in the ordered set where uuid = &#63;.
	 *
	 * @param menteeProfileId the primary key of the current mentee profile
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	public MenteeProfile[] findByUuid_PrevAndNext(
			long menteeProfileId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Removes all the mentee profiles where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of mentee profiles where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching mentee profiles
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the mentee profile where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchMenteeProfileException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public MenteeProfile findByUUID_G(String uuid, long groupId)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the mentee profile where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public MenteeProfile fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the mentee profile where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public MenteeProfile fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the mentee profile where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the mentee profile that was removed
	 */
	public MenteeProfile removeByUUID_G(String uuid, long groupId)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the number of mentee profiles where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching mentee profiles
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the mentee profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByUuid_C(
		String uuid, long companyId);

	/**
	 * Returns a range of all the mentee profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @return the range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the mentee profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentee profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentee profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public MenteeProfile findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the first mentee profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public MenteeProfile fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns the last mentee profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public MenteeProfile findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the last mentee profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public MenteeProfile fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns the mentee profiles before and after the current mentee profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param menteeProfileId the primary key of the current mentee profile
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	public MenteeProfile[] findByUuid_C_PrevAndNext(
			long menteeProfileId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Removes all the mentee profiles where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of mentee profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching mentee profiles
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the mentee profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByGroupId(long groupId);

	/**
	 * Returns a range of all the mentee profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @return the range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the mentee profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentee profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public MenteeProfile findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public MenteeProfile fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public MenteeProfile findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public MenteeProfile fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns the mentee profiles before and after the current mentee profile in the ordered set where groupId = &#63;.
	 *
	 * @param menteeProfileId the primary key of the current mentee profile
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	public MenteeProfile[] findByGroupId_PrevAndNext(
			long menteeProfileId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Removes all the mentee profiles where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of mentee profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching mentee profiles
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns the mentee profile where groupId = &#63; and userId = &#63; or throws a <code>NoSuchMenteeProfileException</code> if it could not be found.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public MenteeProfile findByG_U(long groupId, long userId)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the mentee profile where groupId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public MenteeProfile fetchByG_U(long groupId, long userId);

	/**
	 * Returns the mentee profile where groupId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public MenteeProfile fetchByG_U(
		long groupId, long userId, boolean useFinderCache);

	/**
	 * Removes the mentee profile where groupId = &#63; and userId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the mentee profile that was removed
	 */
	public MenteeProfile removeByG_U(long groupId, long userId)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the number of mentee profiles where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the number of matching mentee profiles
	 */
	public int countByG_U(long groupId, long userId);

	/**
	 * Returns all the mentee profiles where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @return the matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByG_C(
		long groupId, String category);

	/**
	 * Returns a range of all the mentee profiles where groupId = &#63; and category = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @return the range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByG_C(
		long groupId, String category, int start, int end);

	/**
	 * Returns an ordered range of all the mentee profiles where groupId = &#63; and category = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByG_C(
		long groupId, String category, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentee profiles where groupId = &#63; and category = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByG_C(
		long groupId, String category, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public MenteeProfile findByG_C_First(
			long groupId, String category,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public MenteeProfile fetchByG_C_First(
		long groupId, String category,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public MenteeProfile findByG_C_Last(
			long groupId, String category,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public MenteeProfile fetchByG_C_Last(
		long groupId, String category,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns the mentee profiles before and after the current mentee profile in the ordered set where groupId = &#63; and category = &#63;.
	 *
	 * @param menteeProfileId the primary key of the current mentee profile
	 * @param groupId the group ID
	 * @param category the category
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	public MenteeProfile[] findByG_C_PrevAndNext(
			long menteeProfileId, long groupId, String category,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Removes all the mentee profiles where groupId = &#63; and category = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 */
	public void removeByG_C(long groupId, String category);

	/**
	 * Returns the number of mentee profiles where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @return the number of matching mentee profiles
	 */
	public int countByG_C(long groupId, String category);

	/**
	 * Returns all the mentee profiles where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @return the matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByG_O(
		long groupId, long organizationId);

	/**
	 * Returns a range of all the mentee profiles where groupId = &#63; and organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @return the range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByG_O(
		long groupId, long organizationId, int start, int end);

	/**
	 * Returns an ordered range of all the mentee profiles where groupId = &#63; and organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByG_O(
		long groupId, long organizationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentee profiles where groupId = &#63; and organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByG_O(
		long groupId, long organizationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public MenteeProfile findByG_O_First(
			long groupId, long organizationId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public MenteeProfile fetchByG_O_First(
		long groupId, long organizationId,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public MenteeProfile findByG_O_Last(
			long groupId, long organizationId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public MenteeProfile fetchByG_O_Last(
		long groupId, long organizationId,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns the mentee profiles before and after the current mentee profile in the ordered set where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param menteeProfileId the primary key of the current mentee profile
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	public MenteeProfile[] findByG_O_PrevAndNext(
			long menteeProfileId, long groupId, long organizationId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Removes all the mentee profiles where groupId = &#63; and organizationId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 */
	public void removeByG_O(long groupId, long organizationId);

	/**
	 * Returns the number of mentee profiles where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @return the number of matching mentee profiles
	 */
	public int countByG_O(long groupId, long organizationId);

	/**
	 * Returns all the mentee profiles where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @return the matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByG_C_O(
		long groupId, String category, long organizationId);

	/**
	 * Returns a range of all the mentee profiles where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @return the range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByG_C_O(
		long groupId, String category, long organizationId, int start, int end);

	/**
	 * Returns an ordered range of all the mentee profiles where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByG_C_O(
		long groupId, String category, long organizationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentee profiles where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentee profiles
	 */
	public java.util.List<MenteeProfile> findByG_C_O(
		long groupId, String category, long organizationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public MenteeProfile findByG_C_O_First(
			long groupId, String category, long organizationId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public MenteeProfile fetchByG_C_O_First(
		long groupId, String category, long organizationId,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public MenteeProfile findByG_C_O_Last(
			long groupId, String category, long organizationId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public MenteeProfile fetchByG_C_O_Last(
		long groupId, String category, long organizationId,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns the mentee profiles before and after the current mentee profile in the ordered set where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param menteeProfileId the primary key of the current mentee profile
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	public MenteeProfile[] findByG_C_O_PrevAndNext(
			long menteeProfileId, long groupId, String category,
			long organizationId,
			com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
				orderByComparator)
		throws NoSuchMenteeProfileException;

	/**
	 * Removes all the mentee profiles where groupId = &#63; and category = &#63; and organizationId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 */
	public void removeByG_C_O(
		long groupId, String category, long organizationId);

	/**
	 * Returns the number of mentee profiles where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @return the number of matching mentee profiles
	 */
	public int countByG_C_O(long groupId, String category, long organizationId);

	/**
	 * Caches the mentee profile in the entity cache if it is enabled.
	 *
	 * @param menteeProfile the mentee profile
	 */
	public void cacheResult(MenteeProfile menteeProfile);

	/**
	 * Caches the mentee profiles in the entity cache if it is enabled.
	 *
	 * @param menteeProfiles the mentee profiles
	 */
	public void cacheResult(java.util.List<MenteeProfile> menteeProfiles);

	/**
	 * Creates a new mentee profile with the primary key. Does not add the mentee profile to the database.
	 *
	 * @param menteeProfileId the primary key for the new mentee profile
	 * @return the new mentee profile
	 */
	public MenteeProfile create(long menteeProfileId);

	/**
	 * Removes the mentee profile with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param menteeProfileId the primary key of the mentee profile
	 * @return the mentee profile that was removed
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	public MenteeProfile remove(long menteeProfileId)
		throws NoSuchMenteeProfileException;

	public MenteeProfile updateImpl(MenteeProfile menteeProfile);

	/**
	 * Returns the mentee profile with the primary key or throws a <code>NoSuchMenteeProfileException</code> if it could not be found.
	 *
	 * @param menteeProfileId the primary key of the mentee profile
	 * @return the mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	public MenteeProfile findByPrimaryKey(long menteeProfileId)
		throws NoSuchMenteeProfileException;

	/**
	 * Returns the mentee profile with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param menteeProfileId the primary key of the mentee profile
	 * @return the mentee profile, or <code>null</code> if a mentee profile with the primary key could not be found
	 */
	public MenteeProfile fetchByPrimaryKey(long menteeProfileId);

	/**
	 * Returns all the mentee profiles.
	 *
	 * @return the mentee profiles
	 */
	public java.util.List<MenteeProfile> findAll();

	/**
	 * Returns a range of all the mentee profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @return the range of mentee profiles
	 */
	public java.util.List<MenteeProfile> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the mentee profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of mentee profiles
	 */
	public java.util.List<MenteeProfile> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentee profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of mentee profiles
	 */
	public java.util.List<MenteeProfile> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MenteeProfile>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the mentee profiles from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of mentee profiles.
	 *
	 * @return the number of mentee profiles
	 */
	public int countAll();

}