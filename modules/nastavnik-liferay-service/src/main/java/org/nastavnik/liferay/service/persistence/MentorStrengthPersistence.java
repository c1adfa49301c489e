/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.nastavnik.liferay.exception.NoSuchMentorStrengthException;
import org.nastavnik.liferay.model.MentorStrength;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The persistence interface for the mentor strength service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see MentorStrengthUtil
 * @generated
 */
@ProviderType
public interface MentorStrengthPersistence
	extends BasePersistence<MentorStrength> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link MentorStrengthUtil} to access the mentor strength persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the mentor strengths where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByUuid(String uuid);

	/**
	 * Returns a range of all the mentor strengths where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @return the range of matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByUuid(
		String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the mentor strengths where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentor strengths where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentor strength in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public MentorStrength findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
				orderByComparator)
		throws NoSuchMentorStrengthException;

	/**
	 * Returns the first mentor strength in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public MentorStrength fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator);

	/**
	 * Returns the last mentor strength in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public MentorStrength findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
				orderByComparator)
		throws NoSuchMentorStrengthException;

	/**
	 * Returns the last mentor strength in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public MentorStrength fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator);

	/**
	 * Returns the mentor strengths before and after the current mentor strength in the ordered set where uuid = &#63;.
	 *
	 * @param mentorStrengthId the primary key of the current mentor strength
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor strength
	 * @throws NoSuchMentorStrengthException if a mentor strength with the primary key could not be found
	 */
	public MentorStrength[] findByUuid_PrevAndNext(
			long mentorStrengthId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
				orderByComparator)
		throws NoSuchMentorStrengthException;

	/**
	 * Removes all the mentor strengths where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of mentor strengths where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching mentor strengths
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the mentor strength where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchMentorStrengthException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public MentorStrength findByUUID_G(String uuid, long groupId)
		throws NoSuchMentorStrengthException;

	/**
	 * Returns the mentor strength where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public MentorStrength fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the mentor strength where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public MentorStrength fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the mentor strength where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the mentor strength that was removed
	 */
	public MentorStrength removeByUUID_G(String uuid, long groupId)
		throws NoSuchMentorStrengthException;

	/**
	 * Returns the number of mentor strengths where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching mentor strengths
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the mentor strengths where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByUuid_C(
		String uuid, long companyId);

	/**
	 * Returns a range of all the mentor strengths where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @return the range of matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the mentor strengths where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentor strengths where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentor strength in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public MentorStrength findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
				orderByComparator)
		throws NoSuchMentorStrengthException;

	/**
	 * Returns the first mentor strength in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public MentorStrength fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator);

	/**
	 * Returns the last mentor strength in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public MentorStrength findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
				orderByComparator)
		throws NoSuchMentorStrengthException;

	/**
	 * Returns the last mentor strength in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public MentorStrength fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator);

	/**
	 * Returns the mentor strengths before and after the current mentor strength in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param mentorStrengthId the primary key of the current mentor strength
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor strength
	 * @throws NoSuchMentorStrengthException if a mentor strength with the primary key could not be found
	 */
	public MentorStrength[] findByUuid_C_PrevAndNext(
			long mentorStrengthId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
				orderByComparator)
		throws NoSuchMentorStrengthException;

	/**
	 * Removes all the mentor strengths where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of mentor strengths where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching mentor strengths
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the mentor strengths where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @return the matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByMentorProfileId(
		long mentorProfileId);

	/**
	 * Returns a range of all the mentor strengths where mentorProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @return the range of matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByMentorProfileId(
		long mentorProfileId, int start, int end);

	/**
	 * Returns an ordered range of all the mentor strengths where mentorProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByMentorProfileId(
		long mentorProfileId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentor strengths where mentorProfileId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByMentorProfileId(
		long mentorProfileId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentor strength in the ordered set where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public MentorStrength findByMentorProfileId_First(
			long mentorProfileId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
				orderByComparator)
		throws NoSuchMentorStrengthException;

	/**
	 * Returns the first mentor strength in the ordered set where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public MentorStrength fetchByMentorProfileId_First(
		long mentorProfileId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator);

	/**
	 * Returns the last mentor strength in the ordered set where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public MentorStrength findByMentorProfileId_Last(
			long mentorProfileId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
				orderByComparator)
		throws NoSuchMentorStrengthException;

	/**
	 * Returns the last mentor strength in the ordered set where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public MentorStrength fetchByMentorProfileId_Last(
		long mentorProfileId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator);

	/**
	 * Returns the mentor strengths before and after the current mentor strength in the ordered set where mentorProfileId = &#63;.
	 *
	 * @param mentorStrengthId the primary key of the current mentor strength
	 * @param mentorProfileId the mentor profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor strength
	 * @throws NoSuchMentorStrengthException if a mentor strength with the primary key could not be found
	 */
	public MentorStrength[] findByMentorProfileId_PrevAndNext(
			long mentorStrengthId, long mentorProfileId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
				orderByComparator)
		throws NoSuchMentorStrengthException;

	/**
	 * Returns all the mentor strengths where mentorProfileId = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param mentorProfileIds the mentor profile IDs
	 * @return the matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByMentorProfileId(
		long[] mentorProfileIds);

	/**
	 * Returns a range of all the mentor strengths where mentorProfileId = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param mentorProfileIds the mentor profile IDs
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @return the range of matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByMentorProfileId(
		long[] mentorProfileIds, int start, int end);

	/**
	 * Returns an ordered range of all the mentor strengths where mentorProfileId = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param mentorProfileIds the mentor profile IDs
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByMentorProfileId(
		long[] mentorProfileIds, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentor strengths where mentorProfileId = &#63;, optionally using the finder cache.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param mentorProfileIds the mentor profile IDs
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByMentorProfileId(
		long[] mentorProfileIds, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the mentor strengths where mentorProfileId = &#63; from the database.
	 *
	 * @param mentorProfileId the mentor profile ID
	 */
	public void removeByMentorProfileId(long mentorProfileId);

	/**
	 * Returns the number of mentor strengths where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @return the number of matching mentor strengths
	 */
	public int countByMentorProfileId(long mentorProfileId);

	/**
	 * Returns the number of mentor strengths where mentorProfileId = any &#63;.
	 *
	 * @param mentorProfileIds the mentor profile IDs
	 * @return the number of matching mentor strengths
	 */
	public int countByMentorProfileId(long[] mentorProfileIds);

	/**
	 * Returns all the mentor strengths where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @return the matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByCompetencyId(long competencyId);

	/**
	 * Returns a range of all the mentor strengths where competencyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param competencyId the competency ID
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @return the range of matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByCompetencyId(
		long competencyId, int start, int end);

	/**
	 * Returns an ordered range of all the mentor strengths where competencyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param competencyId the competency ID
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByCompetencyId(
		long competencyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentor strengths where competencyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param competencyId the competency ID
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor strengths
	 */
	public java.util.List<MentorStrength> findByCompetencyId(
		long competencyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first mentor strength in the ordered set where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public MentorStrength findByCompetencyId_First(
			long competencyId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
				orderByComparator)
		throws NoSuchMentorStrengthException;

	/**
	 * Returns the first mentor strength in the ordered set where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public MentorStrength fetchByCompetencyId_First(
		long competencyId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator);

	/**
	 * Returns the last mentor strength in the ordered set where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public MentorStrength findByCompetencyId_Last(
			long competencyId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
				orderByComparator)
		throws NoSuchMentorStrengthException;

	/**
	 * Returns the last mentor strength in the ordered set where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public MentorStrength fetchByCompetencyId_Last(
		long competencyId,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator);

	/**
	 * Returns the mentor strengths before and after the current mentor strength in the ordered set where competencyId = &#63;.
	 *
	 * @param mentorStrengthId the primary key of the current mentor strength
	 * @param competencyId the competency ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor strength
	 * @throws NoSuchMentorStrengthException if a mentor strength with the primary key could not be found
	 */
	public MentorStrength[] findByCompetencyId_PrevAndNext(
			long mentorStrengthId, long competencyId,
			com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
				orderByComparator)
		throws NoSuchMentorStrengthException;

	/**
	 * Removes all the mentor strengths where competencyId = &#63; from the database.
	 *
	 * @param competencyId the competency ID
	 */
	public void removeByCompetencyId(long competencyId);

	/**
	 * Returns the number of mentor strengths where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @return the number of matching mentor strengths
	 */
	public int countByCompetencyId(long competencyId);

	/**
	 * Returns the mentor strength where mentorProfileId = &#63; and competencyId = &#63; or throws a <code>NoSuchMentorStrengthException</code> if it could not be found.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param competencyId the competency ID
	 * @return the matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public MentorStrength findByM_C(long mentorProfileId, long competencyId)
		throws NoSuchMentorStrengthException;

	/**
	 * Returns the mentor strength where mentorProfileId = &#63; and competencyId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param competencyId the competency ID
	 * @return the matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public MentorStrength fetchByM_C(long mentorProfileId, long competencyId);

	/**
	 * Returns the mentor strength where mentorProfileId = &#63; and competencyId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param competencyId the competency ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public MentorStrength fetchByM_C(
		long mentorProfileId, long competencyId, boolean useFinderCache);

	/**
	 * Removes the mentor strength where mentorProfileId = &#63; and competencyId = &#63; from the database.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param competencyId the competency ID
	 * @return the mentor strength that was removed
	 */
	public MentorStrength removeByM_C(long mentorProfileId, long competencyId)
		throws NoSuchMentorStrengthException;

	/**
	 * Returns the number of mentor strengths where mentorProfileId = &#63; and competencyId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param competencyId the competency ID
	 * @return the number of matching mentor strengths
	 */
	public int countByM_C(long mentorProfileId, long competencyId);

	/**
	 * Caches the mentor strength in the entity cache if it is enabled.
	 *
	 * @param mentorStrength the mentor strength
	 */
	public void cacheResult(MentorStrength mentorStrength);

	/**
	 * Caches the mentor strengths in the entity cache if it is enabled.
	 *
	 * @param mentorStrengths the mentor strengths
	 */
	public void cacheResult(java.util.List<MentorStrength> mentorStrengths);

	/**
	 * Creates a new mentor strength with the primary key. Does not add the mentor strength to the database.
	 *
	 * @param mentorStrengthId the primary key for the new mentor strength
	 * @return the new mentor strength
	 */
	public MentorStrength create(long mentorStrengthId);

	/**
	 * Removes the mentor strength with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param mentorStrengthId the primary key of the mentor strength
	 * @return the mentor strength that was removed
	 * @throws NoSuchMentorStrengthException if a mentor strength with the primary key could not be found
	 */
	public MentorStrength remove(long mentorStrengthId)
		throws NoSuchMentorStrengthException;

	public MentorStrength updateImpl(MentorStrength mentorStrength);

	/**
	 * Returns the mentor strength with the primary key or throws a <code>NoSuchMentorStrengthException</code> if it could not be found.
	 *
	 * @param mentorStrengthId the primary key of the mentor strength
	 * @return the mentor strength
	 * @throws NoSuchMentorStrengthException if a mentor strength with the primary key could not be found
	 */
	public MentorStrength findByPrimaryKey(long mentorStrengthId)
		throws NoSuchMentorStrengthException;

	/**
	 * Returns the mentor strength with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param mentorStrengthId the primary key of the mentor strength
	 * @return the mentor strength, or <code>null</code> if a mentor strength with the primary key could not be found
	 */
	public MentorStrength fetchByPrimaryKey(long mentorStrengthId);

	/**
	 * Returns all the mentor strengths.
	 *
	 * @return the mentor strengths
	 */
	public java.util.List<MentorStrength> findAll();

	/**
	 * Returns a range of all the mentor strengths.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @return the range of mentor strengths
	 */
	public java.util.List<MentorStrength> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the mentor strengths.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of mentor strengths
	 */
	public java.util.List<MentorStrength> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator);

	/**
	 * Returns an ordered range of all the mentor strengths.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of mentor strengths
	 */
	public java.util.List<MentorStrength> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MentorStrength>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the mentor strengths from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of mentor strengths.
	 *
	 * @return the number of mentor strengths
	 */
	public int countAll();

}