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

import org.nastavnik.liferay.model.MenteeProfile;

/**
 * The persistence utility for the mentee profile service. This utility wraps <code>org.nastavnik.liferay.service.persistence.impl.MenteeProfilePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see MenteeProfilePersistence
 * @generated
 */
public class MenteeProfileUtil {

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
	public static void clearCache(MenteeProfile menteeProfile) {
		getPersistence().clearCache(menteeProfile);
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
	public static Map<Serializable, MenteeProfile> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<MenteeProfile> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<MenteeProfile> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<MenteeProfile> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static MenteeProfile update(MenteeProfile menteeProfile) {
		return getPersistence().update(menteeProfile);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static MenteeProfile update(
		MenteeProfile menteeProfile, ServiceContext serviceContext) {

		return getPersistence().update(menteeProfile, serviceContext);
	}

	/**
	 * Returns all the mentee profiles where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching mentee profiles
	 */
	public static List<MenteeProfile> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

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
	public static List<MenteeProfile> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

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
	public static List<MenteeProfile> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

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
	public static List<MenteeProfile> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentee profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public static MenteeProfile findByUuid_First(
			String uuid, OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first mentee profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public static MenteeProfile fetchByUuid_First(
		String uuid, OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last mentee profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public static MenteeProfile findByUuid_Last(
			String uuid, OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last mentee profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public static MenteeProfile fetchByUuid_Last(
		String uuid, OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the mentee profiles before and after the current mentee profile in the ordered set where uuid = &#63;.
	 *
	 * @param menteeProfileId the primary key of the current mentee profile
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	public static MenteeProfile[] findByUuid_PrevAndNext(
			long menteeProfileId, String uuid,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByUuid_PrevAndNext(
			menteeProfileId, uuid, orderByComparator);
	}

	/**
	 * Removes all the mentee profiles where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of mentee profiles where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching mentee profiles
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the mentee profile where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchMenteeProfileException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public static MenteeProfile findByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the mentee profile where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public static MenteeProfile fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the mentee profile where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public static MenteeProfile fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the mentee profile where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the mentee profile that was removed
	 */
	public static MenteeProfile removeByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of mentee profiles where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching mentee profiles
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the mentee profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching mentee profiles
	 */
	public static List<MenteeProfile> findByUuid_C(
		String uuid, long companyId) {

		return getPersistence().findByUuid_C(uuid, companyId);
	}

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
	public static List<MenteeProfile> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

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
	public static List<MenteeProfile> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

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
	public static List<MenteeProfile> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentee profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public static MenteeProfile findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first mentee profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public static MenteeProfile fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last mentee profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public static MenteeProfile findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last mentee profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public static MenteeProfile fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

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
	public static MenteeProfile[] findByUuid_C_PrevAndNext(
			long menteeProfileId, String uuid, long companyId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByUuid_C_PrevAndNext(
			menteeProfileId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the mentee profiles where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of mentee profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching mentee profiles
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the mentee profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching mentee profiles
	 */
	public static List<MenteeProfile> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

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
	public static List<MenteeProfile> findByGroupId(
		long groupId, int start, int end) {

		return getPersistence().findByGroupId(groupId, start, end);
	}

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
	public static List<MenteeProfile> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

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
	public static List<MenteeProfile> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public static MenteeProfile findByGroupId_First(
			long groupId, OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public static MenteeProfile fetchByGroupId_First(
		long groupId, OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public static MenteeProfile findByGroupId_Last(
			long groupId, OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public static MenteeProfile fetchByGroupId_Last(
		long groupId, OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the mentee profiles before and after the current mentee profile in the ordered set where groupId = &#63;.
	 *
	 * @param menteeProfileId the primary key of the current mentee profile
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	public static MenteeProfile[] findByGroupId_PrevAndNext(
			long menteeProfileId, long groupId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByGroupId_PrevAndNext(
			menteeProfileId, groupId, orderByComparator);
	}

	/**
	 * Removes all the mentee profiles where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of mentee profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching mentee profiles
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Returns the mentee profile where groupId = &#63; and userId = &#63; or throws a <code>NoSuchMenteeProfileException</code> if it could not be found.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public static MenteeProfile findByG_U(long groupId, long userId)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByG_U(groupId, userId);
	}

	/**
	 * Returns the mentee profile where groupId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public static MenteeProfile fetchByG_U(long groupId, long userId) {
		return getPersistence().fetchByG_U(groupId, userId);
	}

	/**
	 * Returns the mentee profile where groupId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public static MenteeProfile fetchByG_U(
		long groupId, long userId, boolean useFinderCache) {

		return getPersistence().fetchByG_U(groupId, userId, useFinderCache);
	}

	/**
	 * Removes the mentee profile where groupId = &#63; and userId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the mentee profile that was removed
	 */
	public static MenteeProfile removeByG_U(long groupId, long userId)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().removeByG_U(groupId, userId);
	}

	/**
	 * Returns the number of mentee profiles where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the number of matching mentee profiles
	 */
	public static int countByG_U(long groupId, long userId) {
		return getPersistence().countByG_U(groupId, userId);
	}

	/**
	 * Returns all the mentee profiles where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @return the matching mentee profiles
	 */
	public static List<MenteeProfile> findByG_C(long groupId, String category) {
		return getPersistence().findByG_C(groupId, category);
	}

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
	public static List<MenteeProfile> findByG_C(
		long groupId, String category, int start, int end) {

		return getPersistence().findByG_C(groupId, category, start, end);
	}

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
	public static List<MenteeProfile> findByG_C(
		long groupId, String category, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().findByG_C(
			groupId, category, start, end, orderByComparator);
	}

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
	public static List<MenteeProfile> findByG_C(
		long groupId, String category, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByG_C(
			groupId, category, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public static MenteeProfile findByG_C_First(
			long groupId, String category,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByG_C_First(
			groupId, category, orderByComparator);
	}

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public static MenteeProfile fetchByG_C_First(
		long groupId, String category,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().fetchByG_C_First(
			groupId, category, orderByComparator);
	}

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public static MenteeProfile findByG_C_Last(
			long groupId, String category,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByG_C_Last(
			groupId, category, orderByComparator);
	}

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public static MenteeProfile fetchByG_C_Last(
		long groupId, String category,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().fetchByG_C_Last(
			groupId, category, orderByComparator);
	}

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
	public static MenteeProfile[] findByG_C_PrevAndNext(
			long menteeProfileId, long groupId, String category,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByG_C_PrevAndNext(
			menteeProfileId, groupId, category, orderByComparator);
	}

	/**
	 * Removes all the mentee profiles where groupId = &#63; and category = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 */
	public static void removeByG_C(long groupId, String category) {
		getPersistence().removeByG_C(groupId, category);
	}

	/**
	 * Returns the number of mentee profiles where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @return the number of matching mentee profiles
	 */
	public static int countByG_C(long groupId, String category) {
		return getPersistence().countByG_C(groupId, category);
	}

	/**
	 * Returns all the mentee profiles where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @return the matching mentee profiles
	 */
	public static List<MenteeProfile> findByG_O(
		long groupId, long organizationId) {

		return getPersistence().findByG_O(groupId, organizationId);
	}

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
	public static List<MenteeProfile> findByG_O(
		long groupId, long organizationId, int start, int end) {

		return getPersistence().findByG_O(groupId, organizationId, start, end);
	}

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
	public static List<MenteeProfile> findByG_O(
		long groupId, long organizationId, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().findByG_O(
			groupId, organizationId, start, end, orderByComparator);
	}

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
	public static List<MenteeProfile> findByG_O(
		long groupId, long organizationId, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByG_O(
			groupId, organizationId, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public static MenteeProfile findByG_O_First(
			long groupId, long organizationId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByG_O_First(
			groupId, organizationId, orderByComparator);
	}

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public static MenteeProfile fetchByG_O_First(
		long groupId, long organizationId,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().fetchByG_O_First(
			groupId, organizationId, orderByComparator);
	}

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	public static MenteeProfile findByG_O_Last(
			long groupId, long organizationId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByG_O_Last(
			groupId, organizationId, orderByComparator);
	}

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public static MenteeProfile fetchByG_O_Last(
		long groupId, long organizationId,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().fetchByG_O_Last(
			groupId, organizationId, orderByComparator);
	}

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
	public static MenteeProfile[] findByG_O_PrevAndNext(
			long menteeProfileId, long groupId, long organizationId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByG_O_PrevAndNext(
			menteeProfileId, groupId, organizationId, orderByComparator);
	}

	/**
	 * Removes all the mentee profiles where groupId = &#63; and organizationId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 */
	public static void removeByG_O(long groupId, long organizationId) {
		getPersistence().removeByG_O(groupId, organizationId);
	}

	/**
	 * Returns the number of mentee profiles where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @return the number of matching mentee profiles
	 */
	public static int countByG_O(long groupId, long organizationId) {
		return getPersistence().countByG_O(groupId, organizationId);
	}

	/**
	 * Returns all the mentee profiles where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @return the matching mentee profiles
	 */
	public static List<MenteeProfile> findByG_C_O(
		long groupId, String category, long organizationId) {

		return getPersistence().findByG_C_O(groupId, category, organizationId);
	}

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
	public static List<MenteeProfile> findByG_C_O(
		long groupId, String category, long organizationId, int start,
		int end) {

		return getPersistence().findByG_C_O(
			groupId, category, organizationId, start, end);
	}

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
	public static List<MenteeProfile> findByG_C_O(
		long groupId, String category, long organizationId, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().findByG_C_O(
			groupId, category, organizationId, start, end, orderByComparator);
	}

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
	public static List<MenteeProfile> findByG_C_O(
		long groupId, String category, long organizationId, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByG_C_O(
			groupId, category, organizationId, start, end, orderByComparator,
			useFinderCache);
	}

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
	public static MenteeProfile findByG_C_O_First(
			long groupId, String category, long organizationId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByG_C_O_First(
			groupId, category, organizationId, orderByComparator);
	}

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public static MenteeProfile fetchByG_C_O_First(
		long groupId, String category, long organizationId,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().fetchByG_C_O_First(
			groupId, category, organizationId, orderByComparator);
	}

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
	public static MenteeProfile findByG_C_O_Last(
			long groupId, String category, long organizationId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByG_C_O_Last(
			groupId, category, organizationId, orderByComparator);
	}

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	public static MenteeProfile fetchByG_C_O_Last(
		long groupId, String category, long organizationId,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().fetchByG_C_O_Last(
			groupId, category, organizationId, orderByComparator);
	}

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
	public static MenteeProfile[] findByG_C_O_PrevAndNext(
			long menteeProfileId, long groupId, String category,
			long organizationId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByG_C_O_PrevAndNext(
			menteeProfileId, groupId, category, organizationId,
			orderByComparator);
	}

	/**
	 * Removes all the mentee profiles where groupId = &#63; and category = &#63; and organizationId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 */
	public static void removeByG_C_O(
		long groupId, String category, long organizationId) {

		getPersistence().removeByG_C_O(groupId, category, organizationId);
	}

	/**
	 * Returns the number of mentee profiles where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @return the number of matching mentee profiles
	 */
	public static int countByG_C_O(
		long groupId, String category, long organizationId) {

		return getPersistence().countByG_C_O(groupId, category, organizationId);
	}

	/**
	 * Caches the mentee profile in the entity cache if it is enabled.
	 *
	 * @param menteeProfile the mentee profile
	 */
	public static void cacheResult(MenteeProfile menteeProfile) {
		getPersistence().cacheResult(menteeProfile);
	}

	/**
	 * Caches the mentee profiles in the entity cache if it is enabled.
	 *
	 * @param menteeProfiles the mentee profiles
	 */
	public static void cacheResult(List<MenteeProfile> menteeProfiles) {
		getPersistence().cacheResult(menteeProfiles);
	}

	/**
	 * Creates a new mentee profile with the primary key. Does not add the mentee profile to the database.
	 *
	 * @param menteeProfileId the primary key for the new mentee profile
	 * @return the new mentee profile
	 */
	public static MenteeProfile create(long menteeProfileId) {
		return getPersistence().create(menteeProfileId);
	}

	/**
	 * Removes the mentee profile with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param menteeProfileId the primary key of the mentee profile
	 * @return the mentee profile that was removed
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	public static MenteeProfile remove(long menteeProfileId)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().remove(menteeProfileId);
	}

	public static MenteeProfile updateImpl(MenteeProfile menteeProfile) {
		return getPersistence().updateImpl(menteeProfile);
	}

	/**
	 * Returns the mentee profile with the primary key or throws a <code>NoSuchMenteeProfileException</code> if it could not be found.
	 *
	 * @param menteeProfileId the primary key of the mentee profile
	 * @return the mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	public static MenteeProfile findByPrimaryKey(long menteeProfileId)
		throws org.nastavnik.liferay.exception.NoSuchMenteeProfileException {

		return getPersistence().findByPrimaryKey(menteeProfileId);
	}

	/**
	 * Returns the mentee profile with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param menteeProfileId the primary key of the mentee profile
	 * @return the mentee profile, or <code>null</code> if a mentee profile with the primary key could not be found
	 */
	public static MenteeProfile fetchByPrimaryKey(long menteeProfileId) {
		return getPersistence().fetchByPrimaryKey(menteeProfileId);
	}

	/**
	 * Returns all the mentee profiles.
	 *
	 * @return the mentee profiles
	 */
	public static List<MenteeProfile> findAll() {
		return getPersistence().findAll();
	}

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
	public static List<MenteeProfile> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

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
	public static List<MenteeProfile> findAll(
		int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

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
	public static List<MenteeProfile> findAll(
		int start, int end, OrderByComparator<MenteeProfile> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the mentee profiles from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of mentee profiles.
	 *
	 * @return the number of mentee profiles
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static MenteeProfilePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(MenteeProfilePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile MenteeProfilePersistence _persistence;

}