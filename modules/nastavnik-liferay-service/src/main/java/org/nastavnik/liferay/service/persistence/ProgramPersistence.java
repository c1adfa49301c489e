/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.nastavnik.liferay.exception.NoSuchProgramException;
import org.nastavnik.liferay.model.Program;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The persistence interface for the program service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see ProgramUtil
 * @generated
 */
@ProviderType
public interface ProgramPersistence extends BasePersistence<Program> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link ProgramUtil} to access the program persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the programs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching programs
	 */
	public java.util.List<Program> findByUuid(String uuid);

	/**
	 * Returns a range of all the programs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @return the range of matching programs
	 */
	public java.util.List<Program> findByUuid(String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the programs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching programs
	 */
	public java.util.List<Program> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Program>
			orderByComparator);

	/**
	 * Returns an ordered range of all the programs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching programs
	 */
	public java.util.List<Program> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Program>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program
	 * @throws NoSuchProgramException if a matching program could not be found
	 */
	public Program findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<Program>
				orderByComparator)
		throws NoSuchProgramException;

	/**
	 * Returns the first program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program, or <code>null</code> if a matching program could not be found
	 */
	public Program fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<Program>
			orderByComparator);

	/**
	 * Returns the last program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program
	 * @throws NoSuchProgramException if a matching program could not be found
	 */
	public Program findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<Program>
				orderByComparator)
		throws NoSuchProgramException;

	/**
	 * Returns the last program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program, or <code>null</code> if a matching program could not be found
	 */
	public Program fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<Program>
			orderByComparator);

	/**
	 * Returns the programs before and after the current program in the ordered set where uuid = &#63;.
	 *
	 * @param programId the primary key of the current program
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next program
	 * @throws NoSuchProgramException if a program with the primary key could not be found
	 */
	public Program[] findByUuid_PrevAndNext(
			long programId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<Program>
				orderByComparator)
		throws NoSuchProgramException;

	/**
	 * Removes all the programs where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of programs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching programs
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the program where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchProgramException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching program
	 * @throws NoSuchProgramException if a matching program could not be found
	 */
	public Program findByUUID_G(String uuid, long groupId)
		throws NoSuchProgramException;

	/**
	 * Returns the program where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching program, or <code>null</code> if a matching program could not be found
	 */
	public Program fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the program where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching program, or <code>null</code> if a matching program could not be found
	 */
	public Program fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the program where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the program that was removed
	 */
	public Program removeByUUID_G(String uuid, long groupId)
		throws NoSuchProgramException;

	/**
	 * Returns the number of programs where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching programs
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the programs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching programs
	 */
	public java.util.List<Program> findByUuid_C(String uuid, long companyId);

	/**
	 * Returns a range of all the programs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @return the range of matching programs
	 */
	public java.util.List<Program> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the programs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching programs
	 */
	public java.util.List<Program> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Program>
			orderByComparator);

	/**
	 * Returns an ordered range of all the programs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching programs
	 */
	public java.util.List<Program> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Program>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program
	 * @throws NoSuchProgramException if a matching program could not be found
	 */
	public Program findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Program>
				orderByComparator)
		throws NoSuchProgramException;

	/**
	 * Returns the first program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program, or <code>null</code> if a matching program could not be found
	 */
	public Program fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<Program>
			orderByComparator);

	/**
	 * Returns the last program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program
	 * @throws NoSuchProgramException if a matching program could not be found
	 */
	public Program findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Program>
				orderByComparator)
		throws NoSuchProgramException;

	/**
	 * Returns the last program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program, or <code>null</code> if a matching program could not be found
	 */
	public Program fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<Program>
			orderByComparator);

	/**
	 * Returns the programs before and after the current program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param programId the primary key of the current program
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next program
	 * @throws NoSuchProgramException if a program with the primary key could not be found
	 */
	public Program[] findByUuid_C_PrevAndNext(
			long programId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Program>
				orderByComparator)
		throws NoSuchProgramException;

	/**
	 * Removes all the programs where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of programs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching programs
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the programs where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching programs
	 */
	public java.util.List<Program> findByGroupId(long groupId);

	/**
	 * Returns a range of all the programs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @return the range of matching programs
	 */
	public java.util.List<Program> findByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the programs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching programs
	 */
	public java.util.List<Program> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Program>
			orderByComparator);

	/**
	 * Returns an ordered range of all the programs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching programs
	 */
	public java.util.List<Program> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Program>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program
	 * @throws NoSuchProgramException if a matching program could not be found
	 */
	public Program findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Program>
				orderByComparator)
		throws NoSuchProgramException;

	/**
	 * Returns the first program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program, or <code>null</code> if a matching program could not be found
	 */
	public Program fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<Program>
			orderByComparator);

	/**
	 * Returns the last program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program
	 * @throws NoSuchProgramException if a matching program could not be found
	 */
	public Program findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Program>
				orderByComparator)
		throws NoSuchProgramException;

	/**
	 * Returns the last program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program, or <code>null</code> if a matching program could not be found
	 */
	public Program fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<Program>
			orderByComparator);

	/**
	 * Returns the programs before and after the current program in the ordered set where groupId = &#63;.
	 *
	 * @param programId the primary key of the current program
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next program
	 * @throws NoSuchProgramException if a program with the primary key could not be found
	 */
	public Program[] findByGroupId_PrevAndNext(
			long programId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Program>
				orderByComparator)
		throws NoSuchProgramException;

	/**
	 * Removes all the programs where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of programs where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching programs
	 */
	public int countByGroupId(long groupId);

	/**
	 * Caches the program in the entity cache if it is enabled.
	 *
	 * @param program the program
	 */
	public void cacheResult(Program program);

	/**
	 * Caches the programs in the entity cache if it is enabled.
	 *
	 * @param programs the programs
	 */
	public void cacheResult(java.util.List<Program> programs);

	/**
	 * Creates a new program with the primary key. Does not add the program to the database.
	 *
	 * @param programId the primary key for the new program
	 * @return the new program
	 */
	public Program create(long programId);

	/**
	 * Removes the program with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param programId the primary key of the program
	 * @return the program that was removed
	 * @throws NoSuchProgramException if a program with the primary key could not be found
	 */
	public Program remove(long programId) throws NoSuchProgramException;

	public Program updateImpl(Program program);

	/**
	 * Returns the program with the primary key or throws a <code>NoSuchProgramException</code> if it could not be found.
	 *
	 * @param programId the primary key of the program
	 * @return the program
	 * @throws NoSuchProgramException if a program with the primary key could not be found
	 */
	public Program findByPrimaryKey(long programId)
		throws NoSuchProgramException;

	/**
	 * Returns the program with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param programId the primary key of the program
	 * @return the program, or <code>null</code> if a program with the primary key could not be found
	 */
	public Program fetchByPrimaryKey(long programId);

	/**
	 * Returns all the programs.
	 *
	 * @return the programs
	 */
	public java.util.List<Program> findAll();

	/**
	 * Returns a range of all the programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @return the range of programs
	 */
	public java.util.List<Program> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of programs
	 */
	public java.util.List<Program> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Program>
			orderByComparator);

	/**
	 * Returns an ordered range of all the programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of programs
	 * @param end the upper bound of the range of programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of programs
	 */
	public java.util.List<Program> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Program>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the programs from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of programs.
	 *
	 * @return the number of programs
	 */
	public int countAll();

}