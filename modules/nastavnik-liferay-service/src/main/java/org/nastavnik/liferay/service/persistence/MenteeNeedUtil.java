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

import org.nastavnik.liferay.model.MenteeNeed;

/**
 * The persistence utility for the mentee need service. This utility wraps <code>org.nastavnik.liferay.service.persistence.impl.MenteeNeedPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see MenteeNeedPersistence
 * @generated
 */
public class MenteeNeedUtil {

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
	public static void clearCache(MenteeNeed menteeNeed) {
		getPersistence().clearCache(menteeNeed);
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
	public static Map<Serializable, MenteeNeed> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<MenteeNeed> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<MenteeNeed> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<MenteeNeed> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static MenteeNeed update(MenteeNeed menteeNeed) {
		return getPersistence().update(menteeNeed);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static MenteeNeed update(
		MenteeNeed menteeNeed, ServiceContext serviceContext) {

		return getPersistence().update(menteeNeed, serviceContext);
	}

	/**
	 * Returns all the mentee needs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching mentee needs
	 */
	public static List<MenteeNeed> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

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
	public static List<MenteeNeed> findByUuid(String uuid, int start, int end) {
		return getPersistence().findByUuid(uuid, start, end);
	}

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
	public static List<MenteeNeed> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

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
	public static List<MenteeNeed> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentee need in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	public static MenteeNeed findByUuid_First(
			String uuid, OrderByComparator<MenteeNeed> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeNeedException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first mentee need in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public static MenteeNeed fetchByUuid_First(
		String uuid, OrderByComparator<MenteeNeed> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last mentee need in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	public static MenteeNeed findByUuid_Last(
			String uuid, OrderByComparator<MenteeNeed> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeNeedException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last mentee need in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public static MenteeNeed fetchByUuid_Last(
		String uuid, OrderByComparator<MenteeNeed> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the mentee needs before and after the current mentee need in the ordered set where uuid = &#63;.
	 *
	 * @param menteeNeedId the primary key of the current mentee need
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee need
	 * @throws NoSuchMenteeNeedException if a mentee need with the primary key could not be found
	 */
	public static MenteeNeed[] findByUuid_PrevAndNext(
			long menteeNeedId, String uuid,
			OrderByComparator<MenteeNeed> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeNeedException {

		return getPersistence().findByUuid_PrevAndNext(
			menteeNeedId, uuid, orderByComparator);
	}

	/**
	 * Removes all the mentee needs where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of mentee needs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching mentee needs
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the mentee need where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchMenteeNeedException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	public static MenteeNeed findByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchMenteeNeedException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the mentee need where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public static MenteeNeed fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the mentee need where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public static MenteeNeed fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the mentee need where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the mentee need that was removed
	 */
	public static MenteeNeed removeByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchMenteeNeedException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of mentee needs where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching mentee needs
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the mentee needs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching mentee needs
	 */
	public static List<MenteeNeed> findByUuid_C(String uuid, long companyId) {
		return getPersistence().findByUuid_C(uuid, companyId);
	}

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
	public static List<MenteeNeed> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

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
	public static List<MenteeNeed> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

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
	public static List<MenteeNeed> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentee need in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	public static MenteeNeed findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<MenteeNeed> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeNeedException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first mentee need in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public static MenteeNeed fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<MenteeNeed> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last mentee need in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	public static MenteeNeed findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<MenteeNeed> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeNeedException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last mentee need in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public static MenteeNeed fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<MenteeNeed> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

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
	public static MenteeNeed[] findByUuid_C_PrevAndNext(
			long menteeNeedId, String uuid, long companyId,
			OrderByComparator<MenteeNeed> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeNeedException {

		return getPersistence().findByUuid_C_PrevAndNext(
			menteeNeedId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the mentee needs where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of mentee needs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching mentee needs
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the mentee needs where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @return the matching mentee needs
	 */
	public static List<MenteeNeed> findByMenteeProfileId(long menteeProfileId) {
		return getPersistence().findByMenteeProfileId(menteeProfileId);
	}

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
	public static List<MenteeNeed> findByMenteeProfileId(
		long menteeProfileId, int start, int end) {

		return getPersistence().findByMenteeProfileId(
			menteeProfileId, start, end);
	}

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
	public static List<MenteeNeed> findByMenteeProfileId(
		long menteeProfileId, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator) {

		return getPersistence().findByMenteeProfileId(
			menteeProfileId, start, end, orderByComparator);
	}

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
	public static List<MenteeNeed> findByMenteeProfileId(
		long menteeProfileId, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByMenteeProfileId(
			menteeProfileId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentee need in the ordered set where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	public static MenteeNeed findByMenteeProfileId_First(
			long menteeProfileId,
			OrderByComparator<MenteeNeed> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeNeedException {

		return getPersistence().findByMenteeProfileId_First(
			menteeProfileId, orderByComparator);
	}

	/**
	 * Returns the first mentee need in the ordered set where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public static MenteeNeed fetchByMenteeProfileId_First(
		long menteeProfileId, OrderByComparator<MenteeNeed> orderByComparator) {

		return getPersistence().fetchByMenteeProfileId_First(
			menteeProfileId, orderByComparator);
	}

	/**
	 * Returns the last mentee need in the ordered set where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	public static MenteeNeed findByMenteeProfileId_Last(
			long menteeProfileId,
			OrderByComparator<MenteeNeed> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeNeedException {

		return getPersistence().findByMenteeProfileId_Last(
			menteeProfileId, orderByComparator);
	}

	/**
	 * Returns the last mentee need in the ordered set where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public static MenteeNeed fetchByMenteeProfileId_Last(
		long menteeProfileId, OrderByComparator<MenteeNeed> orderByComparator) {

		return getPersistence().fetchByMenteeProfileId_Last(
			menteeProfileId, orderByComparator);
	}

	/**
	 * Returns the mentee needs before and after the current mentee need in the ordered set where menteeProfileId = &#63;.
	 *
	 * @param menteeNeedId the primary key of the current mentee need
	 * @param menteeProfileId the mentee profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee need
	 * @throws NoSuchMenteeNeedException if a mentee need with the primary key could not be found
	 */
	public static MenteeNeed[] findByMenteeProfileId_PrevAndNext(
			long menteeNeedId, long menteeProfileId,
			OrderByComparator<MenteeNeed> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMenteeNeedException {

		return getPersistence().findByMenteeProfileId_PrevAndNext(
			menteeNeedId, menteeProfileId, orderByComparator);
	}

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
	public static List<MenteeNeed> findByMenteeProfileId(
		long[] menteeProfileIds) {

		return getPersistence().findByMenteeProfileId(menteeProfileIds);
	}

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
	public static List<MenteeNeed> findByMenteeProfileId(
		long[] menteeProfileIds, int start, int end) {

		return getPersistence().findByMenteeProfileId(
			menteeProfileIds, start, end);
	}

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
	public static List<MenteeNeed> findByMenteeProfileId(
		long[] menteeProfileIds, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator) {

		return getPersistence().findByMenteeProfileId(
			menteeProfileIds, start, end, orderByComparator);
	}

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
	public static List<MenteeNeed> findByMenteeProfileId(
		long[] menteeProfileIds, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByMenteeProfileId(
			menteeProfileIds, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the mentee needs where menteeProfileId = &#63; from the database.
	 *
	 * @param menteeProfileId the mentee profile ID
	 */
	public static void removeByMenteeProfileId(long menteeProfileId) {
		getPersistence().removeByMenteeProfileId(menteeProfileId);
	}

	/**
	 * Returns the number of mentee needs where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @return the number of matching mentee needs
	 */
	public static int countByMenteeProfileId(long menteeProfileId) {
		return getPersistence().countByMenteeProfileId(menteeProfileId);
	}

	/**
	 * Returns the number of mentee needs where menteeProfileId = any &#63;.
	 *
	 * @param menteeProfileIds the mentee profile IDs
	 * @return the number of matching mentee needs
	 */
	public static int countByMenteeProfileId(long[] menteeProfileIds) {
		return getPersistence().countByMenteeProfileId(menteeProfileIds);
	}

	/**
	 * Returns the mentee need where menteeProfileId = &#63; and competencyId = &#63; or throws a <code>NoSuchMenteeNeedException</code> if it could not be found.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param competencyId the competency ID
	 * @return the matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	public static MenteeNeed findByM_C(long menteeProfileId, long competencyId)
		throws org.nastavnik.liferay.exception.NoSuchMenteeNeedException {

		return getPersistence().findByM_C(menteeProfileId, competencyId);
	}

	/**
	 * Returns the mentee need where menteeProfileId = &#63; and competencyId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param competencyId the competency ID
	 * @return the matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public static MenteeNeed fetchByM_C(
		long menteeProfileId, long competencyId) {

		return getPersistence().fetchByM_C(menteeProfileId, competencyId);
	}

	/**
	 * Returns the mentee need where menteeProfileId = &#63; and competencyId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param competencyId the competency ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public static MenteeNeed fetchByM_C(
		long menteeProfileId, long competencyId, boolean useFinderCache) {

		return getPersistence().fetchByM_C(
			menteeProfileId, competencyId, useFinderCache);
	}

	/**
	 * Removes the mentee need where menteeProfileId = &#63; and competencyId = &#63; from the database.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param competencyId the competency ID
	 * @return the mentee need that was removed
	 */
	public static MenteeNeed removeByM_C(
			long menteeProfileId, long competencyId)
		throws org.nastavnik.liferay.exception.NoSuchMenteeNeedException {

		return getPersistence().removeByM_C(menteeProfileId, competencyId);
	}

	/**
	 * Returns the number of mentee needs where menteeProfileId = &#63; and competencyId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param competencyId the competency ID
	 * @return the number of matching mentee needs
	 */
	public static int countByM_C(long menteeProfileId, long competencyId) {
		return getPersistence().countByM_C(menteeProfileId, competencyId);
	}

	/**
	 * Caches the mentee need in the entity cache if it is enabled.
	 *
	 * @param menteeNeed the mentee need
	 */
	public static void cacheResult(MenteeNeed menteeNeed) {
		getPersistence().cacheResult(menteeNeed);
	}

	/**
	 * Caches the mentee needs in the entity cache if it is enabled.
	 *
	 * @param menteeNeeds the mentee needs
	 */
	public static void cacheResult(List<MenteeNeed> menteeNeeds) {
		getPersistence().cacheResult(menteeNeeds);
	}

	/**
	 * Creates a new mentee need with the primary key. Does not add the mentee need to the database.
	 *
	 * @param menteeNeedId the primary key for the new mentee need
	 * @return the new mentee need
	 */
	public static MenteeNeed create(long menteeNeedId) {
		return getPersistence().create(menteeNeedId);
	}

	/**
	 * Removes the mentee need with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param menteeNeedId the primary key of the mentee need
	 * @return the mentee need that was removed
	 * @throws NoSuchMenteeNeedException if a mentee need with the primary key could not be found
	 */
	public static MenteeNeed remove(long menteeNeedId)
		throws org.nastavnik.liferay.exception.NoSuchMenteeNeedException {

		return getPersistence().remove(menteeNeedId);
	}

	public static MenteeNeed updateImpl(MenteeNeed menteeNeed) {
		return getPersistence().updateImpl(menteeNeed);
	}

	/**
	 * Returns the mentee need with the primary key or throws a <code>NoSuchMenteeNeedException</code> if it could not be found.
	 *
	 * @param menteeNeedId the primary key of the mentee need
	 * @return the mentee need
	 * @throws NoSuchMenteeNeedException if a mentee need with the primary key could not be found
	 */
	public static MenteeNeed findByPrimaryKey(long menteeNeedId)
		throws org.nastavnik.liferay.exception.NoSuchMenteeNeedException {

		return getPersistence().findByPrimaryKey(menteeNeedId);
	}

	/**
	 * Returns the mentee need with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param menteeNeedId the primary key of the mentee need
	 * @return the mentee need, or <code>null</code> if a mentee need with the primary key could not be found
	 */
	public static MenteeNeed fetchByPrimaryKey(long menteeNeedId) {
		return getPersistence().fetchByPrimaryKey(menteeNeedId);
	}

	/**
	 * Returns all the mentee needs.
	 *
	 * @return the mentee needs
	 */
	public static List<MenteeNeed> findAll() {
		return getPersistence().findAll();
	}

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
	public static List<MenteeNeed> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

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
	public static List<MenteeNeed> findAll(
		int start, int end, OrderByComparator<MenteeNeed> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

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
	public static List<MenteeNeed> findAll(
		int start, int end, OrderByComparator<MenteeNeed> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the mentee needs from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of mentee needs.
	 *
	 * @return the number of mentee needs
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static MenteeNeedPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(MenteeNeedPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile MenteeNeedPersistence _persistence;

}