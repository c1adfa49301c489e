/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.nastavnik.liferay.exception.NoSuchCompetencyException;
import org.nastavnik.liferay.model.Competency;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The persistence interface for the competency service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see CompetencyUtil
 * @generated
 */
@ProviderType
public interface CompetencyPersistence extends BasePersistence<Competency> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link CompetencyUtil} to access the competency persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the competencies where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching competencies
	 */
	public java.util.List<Competency> findByUuid(String uuid);

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
	public java.util.List<Competency> findByUuid(
		String uuid, int start, int end);

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
	public java.util.List<Competency> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Competency>
			orderByComparator);

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
	public java.util.List<Competency> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Competency>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first competency in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competency
	 * @throws NoSuchCompetencyException if a matching competency could not be found
	 */
	public Competency findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<Competency>
				orderByComparator)
		throws NoSuchCompetencyException;

	/**
	 * Returns the first competency in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public Competency fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<Competency>
			orderByComparator);

	/**
	 * Returns the last competency in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competency
	 * @throws NoSuchCompetencyException if a matching competency could not be found
	 */
	public Competency findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<Competency>
				orderByComparator)
		throws NoSuchCompetencyException;

	/**
	 * Returns the last competency in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public Competency fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<Competency>
			orderByComparator);

	/**
	 * Returns the competencies before and after the current competency in the ordered set where uuid = &#63;.
	 *
	 * @param competencyId the primary key of the current competency
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next competency
	 * @throws NoSuchCompetencyException if a competency with the primary key could not be found
	 */
	public Competency[] findByUuid_PrevAndNext(
			long competencyId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<Competency>
				orderByComparator)
		throws NoSuchCompetencyException;

	/**
	 * Removes all the competencies where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of competencies where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching competencies
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the competency where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchCompetencyException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching competency
	 * @throws NoSuchCompetencyException if a matching competency could not be found
	 */
	public Competency findByUUID_G(String uuid, long groupId)
		throws NoSuchCompetencyException;

	/**
	 * Returns the competency where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public Competency fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the competency where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public Competency fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the competency where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the competency that was removed
	 */
	public Competency removeByUUID_G(String uuid, long groupId)
		throws NoSuchCompetencyException;

	/**
	 * Returns the number of competencies where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching competencies
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the competencies where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching competencies
	 */
	public java.util.List<Competency> findByUuid_C(String uuid, long companyId);

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
	public java.util.List<Competency> findByUuid_C(
		String uuid, long companyId, int start, int end);

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
	public java.util.List<Competency> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Competency>
			orderByComparator);

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
	public java.util.List<Competency> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Competency>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first competency in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competency
	 * @throws NoSuchCompetencyException if a matching competency could not be found
	 */
	public Competency findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Competency>
				orderByComparator)
		throws NoSuchCompetencyException;

	/**
	 * Returns the first competency in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public Competency fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<Competency>
			orderByComparator);

	/**
	 * Returns the last competency in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competency
	 * @throws NoSuchCompetencyException if a matching competency could not be found
	 */
	public Competency findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Competency>
				orderByComparator)
		throws NoSuchCompetencyException;

	/**
	 * Returns the last competency in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public Competency fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<Competency>
			orderByComparator);

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
	public Competency[] findByUuid_C_PrevAndNext(
			long competencyId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Competency>
				orderByComparator)
		throws NoSuchCompetencyException;

	/**
	 * Removes all the competencies where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of competencies where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching competencies
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the competencies where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching competencies
	 */
	public java.util.List<Competency> findByGroupId(long groupId);

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
	public java.util.List<Competency> findByGroupId(
		long groupId, int start, int end);

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
	public java.util.List<Competency> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Competency>
			orderByComparator);

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
	public java.util.List<Competency> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Competency>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first competency in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competency
	 * @throws NoSuchCompetencyException if a matching competency could not be found
	 */
	public Competency findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Competency>
				orderByComparator)
		throws NoSuchCompetencyException;

	/**
	 * Returns the first competency in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public Competency fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<Competency>
			orderByComparator);

	/**
	 * Returns the last competency in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competency
	 * @throws NoSuchCompetencyException if a matching competency could not be found
	 */
	public Competency findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Competency>
				orderByComparator)
		throws NoSuchCompetencyException;

	/**
	 * Returns the last competency in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public Competency fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<Competency>
			orderByComparator);

	/**
	 * Returns the competencies before and after the current competency in the ordered set where groupId = &#63;.
	 *
	 * @param competencyId the primary key of the current competency
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next competency
	 * @throws NoSuchCompetencyException if a competency with the primary key could not be found
	 */
	public Competency[] findByGroupId_PrevAndNext(
			long competencyId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Competency>
				orderByComparator)
		throws NoSuchCompetencyException;

	/**
	 * Removes all the competencies where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of competencies where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching competencies
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns the competency where groupId = &#63; and code = &#63; or throws a <code>NoSuchCompetencyException</code> if it could not be found.
	 *
	 * @param groupId the group ID
	 * @param code the code
	 * @return the matching competency
	 * @throws NoSuchCompetencyException if a matching competency could not be found
	 */
	public Competency findByG_C(long groupId, String code)
		throws NoSuchCompetencyException;

	/**
	 * Returns the competency where groupId = &#63; and code = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param groupId the group ID
	 * @param code the code
	 * @return the matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public Competency fetchByG_C(long groupId, String code);

	/**
	 * Returns the competency where groupId = &#63; and code = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param groupId the group ID
	 * @param code the code
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching competency, or <code>null</code> if a matching competency could not be found
	 */
	public Competency fetchByG_C(
		long groupId, String code, boolean useFinderCache);

	/**
	 * Removes the competency where groupId = &#63; and code = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param code the code
	 * @return the competency that was removed
	 */
	public Competency removeByG_C(long groupId, String code)
		throws NoSuchCompetencyException;

	/**
	 * Returns the number of competencies where groupId = &#63; and code = &#63;.
	 *
	 * @param groupId the group ID
	 * @param code the code
	 * @return the number of matching competencies
	 */
	public int countByG_C(long groupId, String code);

	/**
	 * Caches the competency in the entity cache if it is enabled.
	 *
	 * @param competency the competency
	 */
	public void cacheResult(Competency competency);

	/**
	 * Caches the competencies in the entity cache if it is enabled.
	 *
	 * @param competencies the competencies
	 */
	public void cacheResult(java.util.List<Competency> competencies);

	/**
	 * Creates a new competency with the primary key. Does not add the competency to the database.
	 *
	 * @param competencyId the primary key for the new competency
	 * @return the new competency
	 */
	public Competency create(long competencyId);

	/**
	 * Removes the competency with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param competencyId the primary key of the competency
	 * @return the competency that was removed
	 * @throws NoSuchCompetencyException if a competency with the primary key could not be found
	 */
	public Competency remove(long competencyId)
		throws NoSuchCompetencyException;

	public Competency updateImpl(Competency competency);

	/**
	 * Returns the competency with the primary key or throws a <code>NoSuchCompetencyException</code> if it could not be found.
	 *
	 * @param competencyId the primary key of the competency
	 * @return the competency
	 * @throws NoSuchCompetencyException if a competency with the primary key could not be found
	 */
	public Competency findByPrimaryKey(long competencyId)
		throws NoSuchCompetencyException;

	/**
	 * Returns the competency with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param competencyId the primary key of the competency
	 * @return the competency, or <code>null</code> if a competency with the primary key could not be found
	 */
	public Competency fetchByPrimaryKey(long competencyId);

	/**
	 * Returns all the competencies.
	 *
	 * @return the competencies
	 */
	public java.util.List<Competency> findAll();

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
	public java.util.List<Competency> findAll(int start, int end);

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
	public java.util.List<Competency> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Competency>
			orderByComparator);

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
	public java.util.List<Competency> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Competency>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the competencies from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of competencies.
	 *
	 * @return the number of competencies
	 */
	public int countAll();

}