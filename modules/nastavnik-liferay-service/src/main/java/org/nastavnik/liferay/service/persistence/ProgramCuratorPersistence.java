/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.nastavnik.liferay.exception.NoSuchProgramCuratorException;
import org.nastavnik.liferay.model.ProgramCurator;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The persistence interface for the program curator service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see ProgramCuratorUtil
 * @generated
 */
@ProviderType
public interface ProgramCuratorPersistence
	extends BasePersistence<ProgramCurator> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link ProgramCuratorUtil} to access the program curator persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the program curators where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching program curators
	 */
	public java.util.List<ProgramCurator> findByUuid(String uuid);

	/**
	 * Returns a range of all the program curators where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @return the range of matching program curators
	 */
	public java.util.List<ProgramCurator> findByUuid(
		String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the program curators where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching program curators
	 */
	public java.util.List<ProgramCurator> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
			orderByComparator);

	/**
	 * Returns an ordered range of all the program curators where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching program curators
	 */
	public java.util.List<ProgramCurator> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first program curator in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	public ProgramCurator findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
				orderByComparator)
		throws NoSuchProgramCuratorException;

	/**
	 * Returns the first program curator in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public ProgramCurator fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
			orderByComparator);

	/**
	 * Returns the last program curator in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	public ProgramCurator findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
				orderByComparator)
		throws NoSuchProgramCuratorException;

	/**
	 * Returns the last program curator in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public ProgramCurator fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
			orderByComparator);

	/**
	 * Returns the program curators before and after the current program curator in the ordered set where uuid = &#63;.
	 *
	 * @param programCuratorId the primary key of the current program curator
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next program curator
	 * @throws NoSuchProgramCuratorException if a program curator with the primary key could not be found
	 */
	public ProgramCurator[] findByUuid_PrevAndNext(
			long programCuratorId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
				orderByComparator)
		throws NoSuchProgramCuratorException;

	/**
	 * Removes all the program curators where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of program curators where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching program curators
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the program curator where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchProgramCuratorException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	public ProgramCurator findByUUID_G(String uuid, long groupId)
		throws NoSuchProgramCuratorException;

	/**
	 * Returns the program curator where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public ProgramCurator fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the program curator where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public ProgramCurator fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the program curator where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the program curator that was removed
	 */
	public ProgramCurator removeByUUID_G(String uuid, long groupId)
		throws NoSuchProgramCuratorException;

	/**
	 * Returns the number of program curators where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching program curators
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the program curators where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching program curators
	 */
	public java.util.List<ProgramCurator> findByUuid_C(
		String uuid, long companyId);

	/**
	 * Returns a range of all the program curators where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @return the range of matching program curators
	 */
	public java.util.List<ProgramCurator> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the program curators where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching program curators
	 */
	public java.util.List<ProgramCurator> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
			orderByComparator);

	/**
	 * Returns an ordered range of all the program curators where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching program curators
	 */
	public java.util.List<ProgramCurator> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first program curator in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	public ProgramCurator findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
				orderByComparator)
		throws NoSuchProgramCuratorException;

	/**
	 * Returns the first program curator in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public ProgramCurator fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
			orderByComparator);

	/**
	 * Returns the last program curator in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	public ProgramCurator findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
				orderByComparator)
		throws NoSuchProgramCuratorException;

	/**
	 * Returns the last program curator in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public ProgramCurator fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
			orderByComparator);

	/**
	 * Returns the program curators before and after the current program curator in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param programCuratorId the primary key of the current program curator
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next program curator
	 * @throws NoSuchProgramCuratorException if a program curator with the primary key could not be found
	 */
	public ProgramCurator[] findByUuid_C_PrevAndNext(
			long programCuratorId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
				orderByComparator)
		throws NoSuchProgramCuratorException;

	/**
	 * Removes all the program curators where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of program curators where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching program curators
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the program curators where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @return the matching program curators
	 */
	public java.util.List<ProgramCurator> findByProgramId(long programId);

	/**
	 * Returns a range of all the program curators where programId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param programId the program ID
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @return the range of matching program curators
	 */
	public java.util.List<ProgramCurator> findByProgramId(
		long programId, int start, int end);

	/**
	 * Returns an ordered range of all the program curators where programId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param programId the program ID
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching program curators
	 */
	public java.util.List<ProgramCurator> findByProgramId(
		long programId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
			orderByComparator);

	/**
	 * Returns an ordered range of all the program curators where programId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param programId the program ID
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching program curators
	 */
	public java.util.List<ProgramCurator> findByProgramId(
		long programId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first program curator in the ordered set where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	public ProgramCurator findByProgramId_First(
			long programId,
			com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
				orderByComparator)
		throws NoSuchProgramCuratorException;

	/**
	 * Returns the first program curator in the ordered set where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public ProgramCurator fetchByProgramId_First(
		long programId,
		com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
			orderByComparator);

	/**
	 * Returns the last program curator in the ordered set where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	public ProgramCurator findByProgramId_Last(
			long programId,
			com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
				orderByComparator)
		throws NoSuchProgramCuratorException;

	/**
	 * Returns the last program curator in the ordered set where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public ProgramCurator fetchByProgramId_Last(
		long programId,
		com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
			orderByComparator);

	/**
	 * Returns the program curators before and after the current program curator in the ordered set where programId = &#63;.
	 *
	 * @param programCuratorId the primary key of the current program curator
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next program curator
	 * @throws NoSuchProgramCuratorException if a program curator with the primary key could not be found
	 */
	public ProgramCurator[] findByProgramId_PrevAndNext(
			long programCuratorId, long programId,
			com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
				orderByComparator)
		throws NoSuchProgramCuratorException;

	/**
	 * Removes all the program curators where programId = &#63; from the database.
	 *
	 * @param programId the program ID
	 */
	public void removeByProgramId(long programId);

	/**
	 * Returns the number of program curators where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @return the number of matching program curators
	 */
	public int countByProgramId(long programId);

	/**
	 * Returns the program curator where programId = &#63; and curatorUserId = &#63; or throws a <code>NoSuchProgramCuratorException</code> if it could not be found.
	 *
	 * @param programId the program ID
	 * @param curatorUserId the curator user ID
	 * @return the matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	public ProgramCurator findByP_C(long programId, long curatorUserId)
		throws NoSuchProgramCuratorException;

	/**
	 * Returns the program curator where programId = &#63; and curatorUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param programId the program ID
	 * @param curatorUserId the curator user ID
	 * @return the matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public ProgramCurator fetchByP_C(long programId, long curatorUserId);

	/**
	 * Returns the program curator where programId = &#63; and curatorUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param programId the program ID
	 * @param curatorUserId the curator user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	public ProgramCurator fetchByP_C(
		long programId, long curatorUserId, boolean useFinderCache);

	/**
	 * Removes the program curator where programId = &#63; and curatorUserId = &#63; from the database.
	 *
	 * @param programId the program ID
	 * @param curatorUserId the curator user ID
	 * @return the program curator that was removed
	 */
	public ProgramCurator removeByP_C(long programId, long curatorUserId)
		throws NoSuchProgramCuratorException;

	/**
	 * Returns the number of program curators where programId = &#63; and curatorUserId = &#63;.
	 *
	 * @param programId the program ID
	 * @param curatorUserId the curator user ID
	 * @return the number of matching program curators
	 */
	public int countByP_C(long programId, long curatorUserId);

	/**
	 * Caches the program curator in the entity cache if it is enabled.
	 *
	 * @param programCurator the program curator
	 */
	public void cacheResult(ProgramCurator programCurator);

	/**
	 * Caches the program curators in the entity cache if it is enabled.
	 *
	 * @param programCurators the program curators
	 */
	public void cacheResult(java.util.List<ProgramCurator> programCurators);

	/**
	 * Creates a new program curator with the primary key. Does not add the program curator to the database.
	 *
	 * @param programCuratorId the primary key for the new program curator
	 * @return the new program curator
	 */
	public ProgramCurator create(long programCuratorId);

	/**
	 * Removes the program curator with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param programCuratorId the primary key of the program curator
	 * @return the program curator that was removed
	 * @throws NoSuchProgramCuratorException if a program curator with the primary key could not be found
	 */
	public ProgramCurator remove(long programCuratorId)
		throws NoSuchProgramCuratorException;

	public ProgramCurator updateImpl(ProgramCurator programCurator);

	/**
	 * Returns the program curator with the primary key or throws a <code>NoSuchProgramCuratorException</code> if it could not be found.
	 *
	 * @param programCuratorId the primary key of the program curator
	 * @return the program curator
	 * @throws NoSuchProgramCuratorException if a program curator with the primary key could not be found
	 */
	public ProgramCurator findByPrimaryKey(long programCuratorId)
		throws NoSuchProgramCuratorException;

	/**
	 * Returns the program curator with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param programCuratorId the primary key of the program curator
	 * @return the program curator, or <code>null</code> if a program curator with the primary key could not be found
	 */
	public ProgramCurator fetchByPrimaryKey(long programCuratorId);

	/**
	 * Returns all the program curators.
	 *
	 * @return the program curators
	 */
	public java.util.List<ProgramCurator> findAll();

	/**
	 * Returns a range of all the program curators.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @return the range of program curators
	 */
	public java.util.List<ProgramCurator> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the program curators.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of program curators
	 */
	public java.util.List<ProgramCurator> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
			orderByComparator);

	/**
	 * Returns an ordered range of all the program curators.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramCuratorModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of program curators
	 * @param end the upper bound of the range of program curators (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of program curators
	 */
	public java.util.List<ProgramCurator> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ProgramCurator>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the program curators from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of program curators.
	 *
	 * @return the number of program curators
	 */
	public int countAll();

}