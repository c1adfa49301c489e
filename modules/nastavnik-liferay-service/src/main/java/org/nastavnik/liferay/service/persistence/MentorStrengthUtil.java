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

import org.nastavnik.liferay.model.MentorStrength;

/**
 * The persistence utility for the mentor strength service. This utility wraps <code>org.nastavnik.liferay.service.persistence.impl.MentorStrengthPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see MentorStrengthPersistence
 * @generated
 */
public class MentorStrengthUtil {

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
	public static void clearCache(MentorStrength mentorStrength) {
		getPersistence().clearCache(mentorStrength);
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
	public static Map<Serializable, MentorStrength> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<MentorStrength> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<MentorStrength> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<MentorStrength> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static MentorStrength update(MentorStrength mentorStrength) {
		return getPersistence().update(mentorStrength);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static MentorStrength update(
		MentorStrength mentorStrength, ServiceContext serviceContext) {

		return getPersistence().update(mentorStrength, serviceContext);
	}

	/**
	 * Returns all the mentor strengths where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching mentor strengths
	 */
	public static List<MentorStrength> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

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
	public static List<MentorStrength> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

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
	public static List<MentorStrength> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

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
	public static List<MentorStrength> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentor strength in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public static MentorStrength findByUuid_First(
			String uuid, OrderByComparator<MentorStrength> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first mentor strength in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public static MentorStrength fetchByUuid_First(
		String uuid, OrderByComparator<MentorStrength> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last mentor strength in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public static MentorStrength findByUuid_Last(
			String uuid, OrderByComparator<MentorStrength> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last mentor strength in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public static MentorStrength fetchByUuid_Last(
		String uuid, OrderByComparator<MentorStrength> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the mentor strengths before and after the current mentor strength in the ordered set where uuid = &#63;.
	 *
	 * @param mentorStrengthId the primary key of the current mentor strength
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor strength
	 * @throws NoSuchMentorStrengthException if a mentor strength with the primary key could not be found
	 */
	public static MentorStrength[] findByUuid_PrevAndNext(
			long mentorStrengthId, String uuid,
			OrderByComparator<MentorStrength> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().findByUuid_PrevAndNext(
			mentorStrengthId, uuid, orderByComparator);
	}

	/**
	 * Removes all the mentor strengths where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of mentor strengths where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching mentor strengths
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the mentor strength where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchMentorStrengthException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public static MentorStrength findByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the mentor strength where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public static MentorStrength fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the mentor strength where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public static MentorStrength fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the mentor strength where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the mentor strength that was removed
	 */
	public static MentorStrength removeByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of mentor strengths where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching mentor strengths
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the mentor strengths where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching mentor strengths
	 */
	public static List<MentorStrength> findByUuid_C(
		String uuid, long companyId) {

		return getPersistence().findByUuid_C(uuid, companyId);
	}

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
	public static List<MentorStrength> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

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
	public static List<MentorStrength> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

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
	public static List<MentorStrength> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentor strength in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public static MentorStrength findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first mentor strength in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public static MentorStrength fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<MentorStrength> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last mentor strength in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public static MentorStrength findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last mentor strength in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public static MentorStrength fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<MentorStrength> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

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
	public static MentorStrength[] findByUuid_C_PrevAndNext(
			long mentorStrengthId, String uuid, long companyId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().findByUuid_C_PrevAndNext(
			mentorStrengthId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the mentor strengths where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of mentor strengths where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching mentor strengths
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the mentor strengths where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @return the matching mentor strengths
	 */
	public static List<MentorStrength> findByMentorProfileId(
		long mentorProfileId) {

		return getPersistence().findByMentorProfileId(mentorProfileId);
	}

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
	public static List<MentorStrength> findByMentorProfileId(
		long mentorProfileId, int start, int end) {

		return getPersistence().findByMentorProfileId(
			mentorProfileId, start, end);
	}

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
	public static List<MentorStrength> findByMentorProfileId(
		long mentorProfileId, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator) {

		return getPersistence().findByMentorProfileId(
			mentorProfileId, start, end, orderByComparator);
	}

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
	public static List<MentorStrength> findByMentorProfileId(
		long mentorProfileId, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByMentorProfileId(
			mentorProfileId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentor strength in the ordered set where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public static MentorStrength findByMentorProfileId_First(
			long mentorProfileId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().findByMentorProfileId_First(
			mentorProfileId, orderByComparator);
	}

	/**
	 * Returns the first mentor strength in the ordered set where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public static MentorStrength fetchByMentorProfileId_First(
		long mentorProfileId,
		OrderByComparator<MentorStrength> orderByComparator) {

		return getPersistence().fetchByMentorProfileId_First(
			mentorProfileId, orderByComparator);
	}

	/**
	 * Returns the last mentor strength in the ordered set where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public static MentorStrength findByMentorProfileId_Last(
			long mentorProfileId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().findByMentorProfileId_Last(
			mentorProfileId, orderByComparator);
	}

	/**
	 * Returns the last mentor strength in the ordered set where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public static MentorStrength fetchByMentorProfileId_Last(
		long mentorProfileId,
		OrderByComparator<MentorStrength> orderByComparator) {

		return getPersistence().fetchByMentorProfileId_Last(
			mentorProfileId, orderByComparator);
	}

	/**
	 * Returns the mentor strengths before and after the current mentor strength in the ordered set where mentorProfileId = &#63;.
	 *
	 * @param mentorStrengthId the primary key of the current mentor strength
	 * @param mentorProfileId the mentor profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor strength
	 * @throws NoSuchMentorStrengthException if a mentor strength with the primary key could not be found
	 */
	public static MentorStrength[] findByMentorProfileId_PrevAndNext(
			long mentorStrengthId, long mentorProfileId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().findByMentorProfileId_PrevAndNext(
			mentorStrengthId, mentorProfileId, orderByComparator);
	}

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
	public static List<MentorStrength> findByMentorProfileId(
		long[] mentorProfileIds) {

		return getPersistence().findByMentorProfileId(mentorProfileIds);
	}

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
	public static List<MentorStrength> findByMentorProfileId(
		long[] mentorProfileIds, int start, int end) {

		return getPersistence().findByMentorProfileId(
			mentorProfileIds, start, end);
	}

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
	public static List<MentorStrength> findByMentorProfileId(
		long[] mentorProfileIds, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator) {

		return getPersistence().findByMentorProfileId(
			mentorProfileIds, start, end, orderByComparator);
	}

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
	public static List<MentorStrength> findByMentorProfileId(
		long[] mentorProfileIds, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByMentorProfileId(
			mentorProfileIds, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the mentor strengths where mentorProfileId = &#63; from the database.
	 *
	 * @param mentorProfileId the mentor profile ID
	 */
	public static void removeByMentorProfileId(long mentorProfileId) {
		getPersistence().removeByMentorProfileId(mentorProfileId);
	}

	/**
	 * Returns the number of mentor strengths where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @return the number of matching mentor strengths
	 */
	public static int countByMentorProfileId(long mentorProfileId) {
		return getPersistence().countByMentorProfileId(mentorProfileId);
	}

	/**
	 * Returns the number of mentor strengths where mentorProfileId = any &#63;.
	 *
	 * @param mentorProfileIds the mentor profile IDs
	 * @return the number of matching mentor strengths
	 */
	public static int countByMentorProfileId(long[] mentorProfileIds) {
		return getPersistence().countByMentorProfileId(mentorProfileIds);
	}

	/**
	 * Returns all the mentor strengths where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @return the matching mentor strengths
	 */
	public static List<MentorStrength> findByCompetencyId(long competencyId) {
		return getPersistence().findByCompetencyId(competencyId);
	}

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
	public static List<MentorStrength> findByCompetencyId(
		long competencyId, int start, int end) {

		return getPersistence().findByCompetencyId(competencyId, start, end);
	}

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
	public static List<MentorStrength> findByCompetencyId(
		long competencyId, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator) {

		return getPersistence().findByCompetencyId(
			competencyId, start, end, orderByComparator);
	}

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
	public static List<MentorStrength> findByCompetencyId(
		long competencyId, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCompetencyId(
			competencyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first mentor strength in the ordered set where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public static MentorStrength findByCompetencyId_First(
			long competencyId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().findByCompetencyId_First(
			competencyId, orderByComparator);
	}

	/**
	 * Returns the first mentor strength in the ordered set where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public static MentorStrength fetchByCompetencyId_First(
		long competencyId,
		OrderByComparator<MentorStrength> orderByComparator) {

		return getPersistence().fetchByCompetencyId_First(
			competencyId, orderByComparator);
	}

	/**
	 * Returns the last mentor strength in the ordered set where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public static MentorStrength findByCompetencyId_Last(
			long competencyId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().findByCompetencyId_Last(
			competencyId, orderByComparator);
	}

	/**
	 * Returns the last mentor strength in the ordered set where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public static MentorStrength fetchByCompetencyId_Last(
		long competencyId,
		OrderByComparator<MentorStrength> orderByComparator) {

		return getPersistence().fetchByCompetencyId_Last(
			competencyId, orderByComparator);
	}

	/**
	 * Returns the mentor strengths before and after the current mentor strength in the ordered set where competencyId = &#63;.
	 *
	 * @param mentorStrengthId the primary key of the current mentor strength
	 * @param competencyId the competency ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor strength
	 * @throws NoSuchMentorStrengthException if a mentor strength with the primary key could not be found
	 */
	public static MentorStrength[] findByCompetencyId_PrevAndNext(
			long mentorStrengthId, long competencyId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().findByCompetencyId_PrevAndNext(
			mentorStrengthId, competencyId, orderByComparator);
	}

	/**
	 * Removes all the mentor strengths where competencyId = &#63; from the database.
	 *
	 * @param competencyId the competency ID
	 */
	public static void removeByCompetencyId(long competencyId) {
		getPersistence().removeByCompetencyId(competencyId);
	}

	/**
	 * Returns the number of mentor strengths where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @return the number of matching mentor strengths
	 */
	public static int countByCompetencyId(long competencyId) {
		return getPersistence().countByCompetencyId(competencyId);
	}

	/**
	 * Returns the mentor strength where mentorProfileId = &#63; and competencyId = &#63; or throws a <code>NoSuchMentorStrengthException</code> if it could not be found.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param competencyId the competency ID
	 * @return the matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	public static MentorStrength findByM_C(
			long mentorProfileId, long competencyId)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().findByM_C(mentorProfileId, competencyId);
	}

	/**
	 * Returns the mentor strength where mentorProfileId = &#63; and competencyId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param competencyId the competency ID
	 * @return the matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public static MentorStrength fetchByM_C(
		long mentorProfileId, long competencyId) {

		return getPersistence().fetchByM_C(mentorProfileId, competencyId);
	}

	/**
	 * Returns the mentor strength where mentorProfileId = &#63; and competencyId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param competencyId the competency ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public static MentorStrength fetchByM_C(
		long mentorProfileId, long competencyId, boolean useFinderCache) {

		return getPersistence().fetchByM_C(
			mentorProfileId, competencyId, useFinderCache);
	}

	/**
	 * Removes the mentor strength where mentorProfileId = &#63; and competencyId = &#63; from the database.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param competencyId the competency ID
	 * @return the mentor strength that was removed
	 */
	public static MentorStrength removeByM_C(
			long mentorProfileId, long competencyId)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().removeByM_C(mentorProfileId, competencyId);
	}

	/**
	 * Returns the number of mentor strengths where mentorProfileId = &#63; and competencyId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param competencyId the competency ID
	 * @return the number of matching mentor strengths
	 */
	public static int countByM_C(long mentorProfileId, long competencyId) {
		return getPersistence().countByM_C(mentorProfileId, competencyId);
	}

	/**
	 * Caches the mentor strength in the entity cache if it is enabled.
	 *
	 * @param mentorStrength the mentor strength
	 */
	public static void cacheResult(MentorStrength mentorStrength) {
		getPersistence().cacheResult(mentorStrength);
	}

	/**
	 * Caches the mentor strengths in the entity cache if it is enabled.
	 *
	 * @param mentorStrengths the mentor strengths
	 */
	public static void cacheResult(List<MentorStrength> mentorStrengths) {
		getPersistence().cacheResult(mentorStrengths);
	}

	/**
	 * Creates a new mentor strength with the primary key. Does not add the mentor strength to the database.
	 *
	 * @param mentorStrengthId the primary key for the new mentor strength
	 * @return the new mentor strength
	 */
	public static MentorStrength create(long mentorStrengthId) {
		return getPersistence().create(mentorStrengthId);
	}

	/**
	 * Removes the mentor strength with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param mentorStrengthId the primary key of the mentor strength
	 * @return the mentor strength that was removed
	 * @throws NoSuchMentorStrengthException if a mentor strength with the primary key could not be found
	 */
	public static MentorStrength remove(long mentorStrengthId)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().remove(mentorStrengthId);
	}

	public static MentorStrength updateImpl(MentorStrength mentorStrength) {
		return getPersistence().updateImpl(mentorStrength);
	}

	/**
	 * Returns the mentor strength with the primary key or throws a <code>NoSuchMentorStrengthException</code> if it could not be found.
	 *
	 * @param mentorStrengthId the primary key of the mentor strength
	 * @return the mentor strength
	 * @throws NoSuchMentorStrengthException if a mentor strength with the primary key could not be found
	 */
	public static MentorStrength findByPrimaryKey(long mentorStrengthId)
		throws org.nastavnik.liferay.exception.NoSuchMentorStrengthException {

		return getPersistence().findByPrimaryKey(mentorStrengthId);
	}

	/**
	 * Returns the mentor strength with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param mentorStrengthId the primary key of the mentor strength
	 * @return the mentor strength, or <code>null</code> if a mentor strength with the primary key could not be found
	 */
	public static MentorStrength fetchByPrimaryKey(long mentorStrengthId) {
		return getPersistence().fetchByPrimaryKey(mentorStrengthId);
	}

	/**
	 * Returns all the mentor strengths.
	 *
	 * @return the mentor strengths
	 */
	public static List<MentorStrength> findAll() {
		return getPersistence().findAll();
	}

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
	public static List<MentorStrength> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

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
	public static List<MentorStrength> findAll(
		int start, int end,
		OrderByComparator<MentorStrength> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

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
	public static List<MentorStrength> findAll(
		int start, int end, OrderByComparator<MentorStrength> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the mentor strengths from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of mentor strengths.
	 *
	 * @return the number of mentor strengths
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static MentorStrengthPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(MentorStrengthPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile MentorStrengthPersistence _persistence;

}