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

import org.nastavnik.liferay.model.MentorProfile;

/**
 * The persistence utility for the mentor profile service. This utility wraps <code>org.nastavnik.liferay.service.persistence.impl.MentorProfilePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see MentorProfilePersistence
 * @generated
 */
public class MentorProfileUtil {

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
	public static void clearCache(MentorProfile mentorProfile) {
		getPersistence().clearCache(mentorProfile);
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
	public static Map<Serializable, MentorProfile> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<MentorProfile> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<MentorProfile> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<MentorProfile> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<MentorProfile> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static MentorProfile update(MentorProfile mentorProfile) {
		return getPersistence().update(mentorProfile);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static MentorProfile update(
		MentorProfile mentorProfile, ServiceContext serviceContext) {

		return getPersistence().update(mentorProfile, serviceContext);
	}

	/**
	 * Returns all the mentor profiles where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching mentor profiles
	 */
	public static List<MentorProfile> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

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
	public static List<MentorProfile> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

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
	public static List<MentorProfile> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MentorProfile> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

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
	public static List<MentorProfile> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MentorProfile> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentor profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	public static MentorProfile findByUuid_First(
			String uuid, OrderByComparator<MentorProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorProfileException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first mentor profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public static MentorProfile fetchByUuid_First(
		String uuid, OrderByComparator<MentorProfile> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last mentor profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	public static MentorProfile findByUuid_Last(
			String uuid, OrderByComparator<MentorProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorProfileException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last mentor profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public static MentorProfile fetchByUuid_Last(
		String uuid, OrderByComparator<MentorProfile> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the mentor profiles before and after the current mentor profile in the ordered set where uuid = &#63;.
	 *
	 * @param mentorProfileId the primary key of the current mentor profile
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor profile
	 * @throws NoSuchMentorProfileException if a mentor profile with the primary key could not be found
	 */
	public static MentorProfile[] findByUuid_PrevAndNext(
			long mentorProfileId, String uuid,
			OrderByComparator<MentorProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorProfileException {

		return getPersistence().findByUuid_PrevAndNext(
			mentorProfileId, uuid, orderByComparator);
	}

	/**
	 * Removes all the mentor profiles where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of mentor profiles where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching mentor profiles
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the mentor profile where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchMentorProfileException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	public static MentorProfile findByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchMentorProfileException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the mentor profile where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public static MentorProfile fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the mentor profile where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public static MentorProfile fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the mentor profile where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the mentor profile that was removed
	 */
	public static MentorProfile removeByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchMentorProfileException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of mentor profiles where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching mentor profiles
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the mentor profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching mentor profiles
	 */
	public static List<MentorProfile> findByUuid_C(
		String uuid, long companyId) {

		return getPersistence().findByUuid_C(uuid, companyId);
	}

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
	public static List<MentorProfile> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

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
	public static List<MentorProfile> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MentorProfile> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

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
	public static List<MentorProfile> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MentorProfile> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentor profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	public static MentorProfile findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<MentorProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorProfileException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first mentor profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public static MentorProfile fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<MentorProfile> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last mentor profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	public static MentorProfile findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<MentorProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorProfileException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last mentor profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public static MentorProfile fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<MentorProfile> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

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
	public static MentorProfile[] findByUuid_C_PrevAndNext(
			long mentorProfileId, String uuid, long companyId,
			OrderByComparator<MentorProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorProfileException {

		return getPersistence().findByUuid_C_PrevAndNext(
			mentorProfileId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the mentor profiles where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of mentor profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching mentor profiles
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the mentor profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching mentor profiles
	 */
	public static List<MentorProfile> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

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
	public static List<MentorProfile> findByGroupId(
		long groupId, int start, int end) {

		return getPersistence().findByGroupId(groupId, start, end);
	}

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
	public static List<MentorProfile> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<MentorProfile> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

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
	public static List<MentorProfile> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<MentorProfile> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentor profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	public static MentorProfile findByGroupId_First(
			long groupId, OrderByComparator<MentorProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorProfileException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first mentor profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public static MentorProfile fetchByGroupId_First(
		long groupId, OrderByComparator<MentorProfile> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last mentor profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	public static MentorProfile findByGroupId_Last(
			long groupId, OrderByComparator<MentorProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorProfileException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last mentor profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public static MentorProfile fetchByGroupId_Last(
		long groupId, OrderByComparator<MentorProfile> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the mentor profiles before and after the current mentor profile in the ordered set where groupId = &#63;.
	 *
	 * @param mentorProfileId the primary key of the current mentor profile
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor profile
	 * @throws NoSuchMentorProfileException if a mentor profile with the primary key could not be found
	 */
	public static MentorProfile[] findByGroupId_PrevAndNext(
			long mentorProfileId, long groupId,
			OrderByComparator<MentorProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorProfileException {

		return getPersistence().findByGroupId_PrevAndNext(
			mentorProfileId, groupId, orderByComparator);
	}

	/**
	 * Removes all the mentor profiles where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of mentor profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching mentor profiles
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Returns the mentor profile where groupId = &#63; and userId = &#63; or throws a <code>NoSuchMentorProfileException</code> if it could not be found.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	public static MentorProfile findByG_U(long groupId, long userId)
		throws org.nastavnik.liferay.exception.NoSuchMentorProfileException {

		return getPersistence().findByG_U(groupId, userId);
	}

	/**
	 * Returns the mentor profile where groupId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public static MentorProfile fetchByG_U(long groupId, long userId) {
		return getPersistence().fetchByG_U(groupId, userId);
	}

	/**
	 * Returns the mentor profile where groupId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public static MentorProfile fetchByG_U(
		long groupId, long userId, boolean useFinderCache) {

		return getPersistence().fetchByG_U(groupId, userId, useFinderCache);
	}

	/**
	 * Removes the mentor profile where groupId = &#63; and userId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the mentor profile that was removed
	 */
	public static MentorProfile removeByG_U(long groupId, long userId)
		throws org.nastavnik.liferay.exception.NoSuchMentorProfileException {

		return getPersistence().removeByG_U(groupId, userId);
	}

	/**
	 * Returns the number of mentor profiles where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the number of matching mentor profiles
	 */
	public static int countByG_U(long groupId, long userId) {
		return getPersistence().countByG_U(groupId, userId);
	}

	/**
	 * Caches the mentor profile in the entity cache if it is enabled.
	 *
	 * @param mentorProfile the mentor profile
	 */
	public static void cacheResult(MentorProfile mentorProfile) {
		getPersistence().cacheResult(mentorProfile);
	}

	/**
	 * Caches the mentor profiles in the entity cache if it is enabled.
	 *
	 * @param mentorProfiles the mentor profiles
	 */
	public static void cacheResult(List<MentorProfile> mentorProfiles) {
		getPersistence().cacheResult(mentorProfiles);
	}

	/**
	 * Creates a new mentor profile with the primary key. Does not add the mentor profile to the database.
	 *
	 * @param mentorProfileId the primary key for the new mentor profile
	 * @return the new mentor profile
	 */
	public static MentorProfile create(long mentorProfileId) {
		return getPersistence().create(mentorProfileId);
	}

	/**
	 * Removes the mentor profile with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param mentorProfileId the primary key of the mentor profile
	 * @return the mentor profile that was removed
	 * @throws NoSuchMentorProfileException if a mentor profile with the primary key could not be found
	 */
	public static MentorProfile remove(long mentorProfileId)
		throws org.nastavnik.liferay.exception.NoSuchMentorProfileException {

		return getPersistence().remove(mentorProfileId);
	}

	public static MentorProfile updateImpl(MentorProfile mentorProfile) {
		return getPersistence().updateImpl(mentorProfile);
	}

	/**
	 * Returns the mentor profile with the primary key or throws a <code>NoSuchMentorProfileException</code> if it could not be found.
	 *
	 * @param mentorProfileId the primary key of the mentor profile
	 * @return the mentor profile
	 * @throws NoSuchMentorProfileException if a mentor profile with the primary key could not be found
	 */
	public static MentorProfile findByPrimaryKey(long mentorProfileId)
		throws org.nastavnik.liferay.exception.NoSuchMentorProfileException {

		return getPersistence().findByPrimaryKey(mentorProfileId);
	}

	/**
	 * Returns the mentor profile with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param mentorProfileId the primary key of the mentor profile
	 * @return the mentor profile, or <code>null</code> if a mentor profile with the primary key could not be found
	 */
	public static MentorProfile fetchByPrimaryKey(long mentorProfileId) {
		return getPersistence().fetchByPrimaryKey(mentorProfileId);
	}

	/**
	 * Returns all the mentor profiles.
	 *
	 * @return the mentor profiles
	 */
	public static List<MentorProfile> findAll() {
		return getPersistence().findAll();
	}

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
	public static List<MentorProfile> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

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
	public static List<MentorProfile> findAll(
		int start, int end,
		OrderByComparator<MentorProfile> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

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
	public static List<MentorProfile> findAll(
		int start, int end, OrderByComparator<MentorProfile> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the mentor profiles from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of mentor profiles.
	 *
	 * @return the number of mentor profiles
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static MentorProfilePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(MentorProfilePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile MentorProfilePersistence _persistence;

}