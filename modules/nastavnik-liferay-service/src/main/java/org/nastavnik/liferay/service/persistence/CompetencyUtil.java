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

import org.nastavnik.liferay.model.Competency;

/**
 * The persistence utility for the competency service. This utility wraps <code>org.nastavnik.liferay.service.persistence.impl.CompetencyPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see CompetencyPersistence
 * @generated
 */
public class CompetencyUtil {

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
	public static void clearCache(Competency competency) {
		getPersistence().clearCache(competency);
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
	public static Map<Serializable, Competency> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<Competency> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<Competency> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<Competency> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<Competency> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static Competency update(Competency competency) {
		return getPersistence().update(competency);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static Competency update(
		Competency competency, ServiceContext serviceContext) {

		return getPersistence().update(competency, serviceContext);
	}

	/**
	 * Returns all the competencies where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching competencies
	 */
	public static List<Competency> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the competencies where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetencyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of competencies
	 * @param end the upper bound of the range of competencies (not inclusive)
	 * @return the range of matching competencies
	 */
	public static List<Competency> findByUuid(String uuid, int start, int end) {
		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the competencies where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetencyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of competencies
	 * @param end the upper bound of the range of competencies (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching competencies
	 */
	public static List<Competency> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<Competency> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the competencies where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetencyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of competencies
	 * @param end the upper bound of the range of competencies (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching competencies
	 */
	public static List<Competency> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<Competency> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first competency in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competency
	 * @throws NoSuchCompetencyException if a matching competency could not be found
	 */
	public static Competency findByUuid_First(
			String uuid, OrderByComparator<Competency> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchCompetencyException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first competency in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public static Competency fetchByUuid_First(
		String uuid, OrderByComparator<Competency> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last competency in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competency
	 * @throws NoSuchCompetencyException if a matching competency could not be found
	 */
	public static Competency findByUuid_Last(
			String uuid, OrderByComparator<Competency> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchCompetencyException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last competency in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public static Competency fetchByUuid_Last(
		String uuid, OrderByComparator<Competency> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the competencies before and after the current competency in the ordered set where uuid = &#63;.
	 *
	 * @param competencyId the primary key of the current competency
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next competency
	 * @throws NoSuchCompetencyException if a competency with the primary key could not be found
	 */
	public static Competency[] findByUuid_PrevAndNext(
			long competencyId, String uuid,
			OrderByComparator<Competency> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchCompetencyException {

		return getPersistence().findByUuid_PrevAndNext(
			competencyId, uuid, orderByComparator);
	}

	/**
	 * Removes all the competencies where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of competencies where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching competencies
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the competency where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchCompetencyException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching competency
	 * @throws NoSuchCompetencyException if a matching competency could not be found
	 */
	public static Competency findByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchCompetencyException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the competency where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public static Competency fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the competency where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public static Competency fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the competency where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the competency that was removed
	 */
	public static Competency removeByUUID_G(String uuid, long groupId)
		throws org.nastavnik.liferay.exception.NoSuchCompetencyException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of competencies where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching competencies
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the competencies where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching competencies
	 */
	public static List<Competency> findByUuid_C(String uuid, long companyId) {
		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the competencies where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetencyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of competencies
	 * @param end the upper bound of the range of competencies (not inclusive)
	 * @return the range of matching competencies
	 */
	public static List<Competency> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the competencies where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetencyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of competencies
	 * @param end the upper bound of the range of competencies (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching competencies
	 */
	public static List<Competency> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Competency> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the competencies where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetencyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of competencies
	 * @param end the upper bound of the range of competencies (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching competencies
	 */
	public static List<Competency> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Competency> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first competency in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competency
	 * @throws NoSuchCompetencyException if a matching competency could not be found
	 */
	public static Competency findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<Competency> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchCompetencyException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first competency in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public static Competency fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<Competency> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last competency in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competency
	 * @throws NoSuchCompetencyException if a matching competency could not be found
	 */
	public static Competency findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<Competency> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchCompetencyException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last competency in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public static Competency fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<Competency> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the competencies before and after the current competency in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param competencyId the primary key of the current competency
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next competency
	 * @throws NoSuchCompetencyException if a competency with the primary key could not be found
	 */
	public static Competency[] findByUuid_C_PrevAndNext(
			long competencyId, String uuid, long companyId,
			OrderByComparator<Competency> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchCompetencyException {

		return getPersistence().findByUuid_C_PrevAndNext(
			competencyId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the competencies where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of competencies where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching competencies
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the competencies where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching competencies
	 */
	public static List<Competency> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

	/**
	 * Returns a range of all the competencies where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetencyModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of competencies
	 * @param end the upper bound of the range of competencies (not inclusive)
	 * @return the range of matching competencies
	 */
	public static List<Competency> findByGroupId(
		long groupId, int start, int end) {

		return getPersistence().findByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the competencies where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetencyModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of competencies
	 * @param end the upper bound of the range of competencies (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching competencies
	 */
	public static List<Competency> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<Competency> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the competencies where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetencyModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of competencies
	 * @param end the upper bound of the range of competencies (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching competencies
	 */
	public static List<Competency> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<Competency> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first competency in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competency
	 * @throws NoSuchCompetencyException if a matching competency could not be found
	 */
	public static Competency findByGroupId_First(
			long groupId, OrderByComparator<Competency> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchCompetencyException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first competency in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public static Competency fetchByGroupId_First(
		long groupId, OrderByComparator<Competency> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last competency in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competency
	 * @throws NoSuchCompetencyException if a matching competency could not be found
	 */
	public static Competency findByGroupId_Last(
			long groupId, OrderByComparator<Competency> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchCompetencyException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last competency in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public static Competency fetchByGroupId_Last(
		long groupId, OrderByComparator<Competency> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the competencies before and after the current competency in the ordered set where groupId = &#63;.
	 *
	 * @param competencyId the primary key of the current competency
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next competency
	 * @throws NoSuchCompetencyException if a competency with the primary key could not be found
	 */
	public static Competency[] findByGroupId_PrevAndNext(
			long competencyId, long groupId,
			OrderByComparator<Competency> orderByComparator)
		throws org.nastavnik.liferay.exception.NoSuchCompetencyException {

		return getPersistence().findByGroupId_PrevAndNext(
			competencyId, groupId, orderByComparator);
	}

	/**
	 * Removes all the competencies where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of competencies where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching competencies
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Returns the competency where groupId = &#63; and code = &#63; or throws a <code>NoSuchCompetencyException</code> if it could not be found.
	 *
	 * @param groupId the group ID
	 * @param code the code
	 * @return the matching competency
	 * @throws NoSuchCompetencyException if a matching competency could not be found
	 */
	public static Competency findByG_C(long groupId, String code)
		throws org.nastavnik.liferay.exception.NoSuchCompetencyException {

		return getPersistence().findByG_C(groupId, code);
	}

	/**
	 * Returns the competency where groupId = &#63; and code = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param groupId the group ID
	 * @param code the code
	 * @return the matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public static Competency fetchByG_C(long groupId, String code) {
		return getPersistence().fetchByG_C(groupId, code);
	}

	/**
	 * Returns the competency where groupId = &#63; and code = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param groupId the group ID
	 * @param code the code
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public static Competency fetchByG_C(
		long groupId, String code, boolean useFinderCache) {

		return getPersistence().fetchByG_C(groupId, code, useFinderCache);
	}

	/**
	 * Removes the competency where groupId = &#63; and code = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param code the code
	 * @return the competency that was removed
	 */
	public static Competency removeByG_C(long groupId, String code)
		throws org.nastavnik.liferay.exception.NoSuchCompetencyException {

		return getPersistence().removeByG_C(groupId, code);
	}

	/**
	 * Returns the number of competencies where groupId = &#63; and code = &#63;.
	 *
	 * @param groupId the group ID
	 * @param code the code
	 * @return the number of matching competencies
	 */
	public static int countByG_C(long groupId, String code) {
		return getPersistence().countByG_C(groupId, code);
	}

	/**
	 * Caches the competency in the entity cache if it is enabled.
	 *
	 * @param competency the competency
	 */
	public static void cacheResult(Competency competency) {
		getPersistence().cacheResult(competency);
	}

	/**
	 * Caches the competencies in the entity cache if it is enabled.
	 *
	 * @param competencies the competencies
	 */
	public static void cacheResult(List<Competency> competencies) {
		getPersistence().cacheResult(competencies);
	}

	/**
	 * Creates a new competency with the primary key. Does not add the competency to the database.
	 *
	 * @param competencyId the primary key for the new competency
	 * @return the new competency
	 */
	public static Competency create(long competencyId) {
		return getPersistence().create(competencyId);
	}

	/**
	 * Removes the competency with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param competencyId the primary key of the competency
	 * @return the competency that was removed
	 * @throws NoSuchCompetencyException if a competency with the primary key could not be found
	 */
	public static Competency remove(long competencyId)
		throws org.nastavnik.liferay.exception.NoSuchCompetencyException {

		return getPersistence().remove(competencyId);
	}

	public static Competency updateImpl(Competency competency) {
		return getPersistence().updateImpl(competency);
	}

	/**
	 * Returns the competency with the primary key or throws a <code>NoSuchCompetencyException</code> if it could not be found.
	 *
	 * @param competencyId the primary key of the competency
	 * @return the competency
	 * @throws NoSuchCompetencyException if a competency with the primary key could not be found
	 */
	public static Competency findByPrimaryKey(long competencyId)
		throws org.nastavnik.liferay.exception.NoSuchCompetencyException {

		return getPersistence().findByPrimaryKey(competencyId);
	}

	/**
	 * Returns the competency with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param competencyId the primary key of the competency
	 * @return the competency, or <code>null</code> if a competency with the primary key could not be found
	 */
	public static Competency fetchByPrimaryKey(long competencyId) {
		return getPersistence().fetchByPrimaryKey(competencyId);
	}

	/**
	 * Returns all the competencies.
	 *
	 * @return the competencies
	 */
	public static List<Competency> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the competencies.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetencyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competencies
	 * @param end the upper bound of the range of competencies (not inclusive)
	 * @return the range of competencies
	 */
	public static List<Competency> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the competencies.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetencyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competencies
	 * @param end the upper bound of the range of competencies (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of competencies
	 */
	public static List<Competency> findAll(
		int start, int end, OrderByComparator<Competency> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the competencies.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CompetencyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competencies
	 * @param end the upper bound of the range of competencies (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of competencies
	 */
	public static List<Competency> findAll(
		int start, int end, OrderByComparator<Competency> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the competencies from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of competencies.
	 *
	 * @return the number of competencies
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static CompetencyPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(CompetencyPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile CompetencyPersistence _persistence;

}