/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service.persistence.impl;

import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.configuration.Configuration;
import com.liferay.portal.kernel.dao.orm.EntityCache;
import com.liferay.portal.kernel.dao.orm.FinderCache;
import com.liferay.portal.kernel.dao.orm.FinderPath;
import com.liferay.portal.kernel.dao.orm.Query;
import com.liferay.portal.kernel.dao.orm.QueryPos;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.dao.orm.SessionFactory;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.CompanyThreadLocal;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextThreadLocal;
import com.liferay.portal.kernel.service.persistence.impl.BasePersistenceImpl;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.ProxyUtil;
import com.liferay.portal.kernel.util.SetUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.uuid.PortalUUIDUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.nastavnik.liferay.exception.NoSuchProgramCuratorException;
import org.nastavnik.liferay.model.ProgramCurator;
import org.nastavnik.liferay.model.ProgramCuratorTable;
import org.nastavnik.liferay.model.impl.ProgramCuratorImpl;
import org.nastavnik.liferay.model.impl.ProgramCuratorModelImpl;
import org.nastavnik.liferay.service.persistence.ProgramCuratorPersistence;
import org.nastavnik.liferay.service.persistence.ProgramCuratorUtil;
import org.nastavnik.liferay.service.persistence.impl.constants.NastavnikPersistenceConstants;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The persistence implementation for the program curator service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @generated
 */
@Component(service = ProgramCuratorPersistence.class)
public class ProgramCuratorPersistenceImpl
	extends BasePersistenceImpl<ProgramCurator>
	implements ProgramCuratorPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>ProgramCuratorUtil</code> to access the program curator persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		ProgramCuratorImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByUuid;
	private FinderPath _finderPathWithoutPaginationFindByUuid;
	private FinderPath _finderPathCountByUuid;

	/**
	 * Returns all the program curators where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching program curators
	 */
	@Override
	public List<ProgramCurator> findByUuid(String uuid) {
		return findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

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
	@Override
	public List<ProgramCurator> findByUuid(String uuid, int start, int end) {
		return findByUuid(uuid, start, end, null);
	}

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
	@Override
	public List<ProgramCurator> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<ProgramCurator> orderByComparator) {

		return findByUuid(uuid, start, end, orderByComparator, true);
	}

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
	@Override
	public List<ProgramCurator> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<ProgramCurator> orderByComparator,
		boolean useFinderCache) {

		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByUuid;
				finderArgs = new Object[] {uuid};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByUuid;
			finderArgs = new Object[] {uuid, start, end, orderByComparator};
		}

		List<ProgramCurator> list = null;

		if (useFinderCache) {
			list = (List<ProgramCurator>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ProgramCurator programCurator : list) {
					if (!uuid.equals(programCurator.getUuid())) {
						list = null;

						break;
					}
				}
			}
		}

		if (list == null) {
			StringBundler sb = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					3 + (orderByComparator.getOrderByFields().length * 2));
			}
			else {
				sb = new StringBundler(3);
			}

			sb.append(_SQL_SELECT_PROGRAMCURATOR_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_UUID_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ProgramCuratorModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
				}

				list = (List<ProgramCurator>)QueryUtil.list(
					query, getDialect(), start, end);

				cacheResult(list);

				if (useFinderCache) {
					finderCache.putResult(finderPath, finderArgs, list);
				}
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return list;
	}

	/**
	 * Returns the first program curator in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator findByUuid_First(
			String uuid, OrderByComparator<ProgramCurator> orderByComparator)
		throws NoSuchProgramCuratorException {

		ProgramCurator programCurator = fetchByUuid_First(
			uuid, orderByComparator);

		if (programCurator != null) {
			return programCurator;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchProgramCuratorException(sb.toString());
	}

	/**
	 * Returns the first program curator in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator fetchByUuid_First(
		String uuid, OrderByComparator<ProgramCurator> orderByComparator) {

		List<ProgramCurator> list = findByUuid(uuid, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last program curator in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator findByUuid_Last(
			String uuid, OrderByComparator<ProgramCurator> orderByComparator)
		throws NoSuchProgramCuratorException {

		ProgramCurator programCurator = fetchByUuid_Last(
			uuid, orderByComparator);

		if (programCurator != null) {
			return programCurator;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchProgramCuratorException(sb.toString());
	}

	/**
	 * Returns the last program curator in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator fetchByUuid_Last(
		String uuid, OrderByComparator<ProgramCurator> orderByComparator) {

		int count = countByUuid(uuid);

		if (count == 0) {
			return null;
		}

		List<ProgramCurator> list = findByUuid(
			uuid, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the program curators before and after the current program curator in the ordered set where uuid = &#63;.
	 *
	 * @param programCuratorId the primary key of the current program curator
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next program curator
	 * @throws NoSuchProgramCuratorException if a program curator with the primary key could not be found
	 */
	@Override
	public ProgramCurator[] findByUuid_PrevAndNext(
			long programCuratorId, String uuid,
			OrderByComparator<ProgramCurator> orderByComparator)
		throws NoSuchProgramCuratorException {

		uuid = Objects.toString(uuid, "");

		ProgramCurator programCurator = findByPrimaryKey(programCuratorId);

		Session session = null;

		try {
			session = openSession();

			ProgramCurator[] array = new ProgramCuratorImpl[3];

			array[0] = getByUuid_PrevAndNext(
				session, programCurator, uuid, orderByComparator, true);

			array[1] = programCurator;

			array[2] = getByUuid_PrevAndNext(
				session, programCurator, uuid, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected ProgramCurator getByUuid_PrevAndNext(
		Session session, ProgramCurator programCurator, String uuid,
		OrderByComparator<ProgramCurator> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_PROGRAMCURATOR_WHERE);

		boolean bindUuid = false;

		if (uuid.isEmpty()) {
			sb.append(_FINDER_COLUMN_UUID_UUID_3);
		}
		else {
			bindUuid = true;

			sb.append(_FINDER_COLUMN_UUID_UUID_2);
		}

		if (orderByComparator != null) {
			String[] orderByConditionFields =
				orderByComparator.getOrderByConditionFields();

			if (orderByConditionFields.length > 0) {
				sb.append(WHERE_AND);
			}

			for (int i = 0; i < orderByConditionFields.length; i++) {
				sb.append(_ORDER_BY_ENTITY_ALIAS);
				sb.append(orderByConditionFields[i]);

				if ((i + 1) < orderByConditionFields.length) {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(WHERE_GREATER_THAN_HAS_NEXT);
					}
					else {
						sb.append(WHERE_LESSER_THAN_HAS_NEXT);
					}
				}
				else {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(WHERE_GREATER_THAN);
					}
					else {
						sb.append(WHERE_LESSER_THAN);
					}
				}
			}

			sb.append(ORDER_BY_CLAUSE);

			String[] orderByFields = orderByComparator.getOrderByFields();

			for (int i = 0; i < orderByFields.length; i++) {
				sb.append(_ORDER_BY_ENTITY_ALIAS);
				sb.append(orderByFields[i]);

				if ((i + 1) < orderByFields.length) {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(ORDER_BY_ASC_HAS_NEXT);
					}
					else {
						sb.append(ORDER_BY_DESC_HAS_NEXT);
					}
				}
				else {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(ORDER_BY_ASC);
					}
					else {
						sb.append(ORDER_BY_DESC);
					}
				}
			}
		}
		else {
			sb.append(ProgramCuratorModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		if (bindUuid) {
			queryPos.add(uuid);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						programCurator)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ProgramCurator> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the program curators where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	@Override
	public void removeByUuid(String uuid) {
		for (ProgramCurator programCurator :
				findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(programCurator);
		}
	}

	/**
	 * Returns the number of program curators where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching program curators
	 */
	@Override
	public int countByUuid(String uuid) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid;

		Object[] finderArgs = new Object[] {uuid};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_PROGRAMCURATOR_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_UUID_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
				}

				count = (Long)query.uniqueResult();

				finderCache.putResult(finderPath, finderArgs, count);
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return count.intValue();
	}

	private static final String _FINDER_COLUMN_UUID_UUID_2 =
		"programCurator.uuid = ?";

	private static final String _FINDER_COLUMN_UUID_UUID_3 =
		"(programCurator.uuid IS NULL OR programCurator.uuid = '')";

	private FinderPath _finderPathFetchByUUID_G;

	/**
	 * Returns the program curator where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchProgramCuratorException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator findByUUID_G(String uuid, long groupId)
		throws NoSuchProgramCuratorException {

		ProgramCurator programCurator = fetchByUUID_G(uuid, groupId);

		if (programCurator == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("uuid=");
			sb.append(uuid);

			sb.append(", groupId=");
			sb.append(groupId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchProgramCuratorException(sb.toString());
		}

		return programCurator;
	}

	/**
	 * Returns the program curator where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator fetchByUUID_G(String uuid, long groupId) {
		return fetchByUUID_G(uuid, groupId, true);
	}

	/**
	 * Returns the program curator where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		uuid = Objects.toString(uuid, "");

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {uuid, groupId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByUUID_G, finderArgs, this);
		}

		if (result instanceof ProgramCurator) {
			ProgramCurator programCurator = (ProgramCurator)result;

			if (!Objects.equals(uuid, programCurator.getUuid()) ||
				(groupId != programCurator.getGroupId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_PROGRAMCURATOR_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_G_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_G_UUID_2);
			}

			sb.append(_FINDER_COLUMN_UUID_G_GROUPID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
				}

				queryPos.add(groupId);

				List<ProgramCurator> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByUUID_G, finderArgs, list);
					}
				}
				else {
					ProgramCurator programCurator = list.get(0);

					result = programCurator;

					cacheResult(programCurator);
				}
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		if (result instanceof List<?>) {
			return null;
		}
		else {
			return (ProgramCurator)result;
		}
	}

	/**
	 * Removes the program curator where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the program curator that was removed
	 */
	@Override
	public ProgramCurator removeByUUID_G(String uuid, long groupId)
		throws NoSuchProgramCuratorException {

		ProgramCurator programCurator = findByUUID_G(uuid, groupId);

		return remove(programCurator);
	}

	/**
	 * Returns the number of program curators where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching program curators
	 */
	@Override
	public int countByUUID_G(String uuid, long groupId) {
		ProgramCurator programCurator = fetchByUUID_G(uuid, groupId);

		if (programCurator == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_UUID_G_UUID_2 =
		"programCurator.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_G_UUID_3 =
		"(programCurator.uuid IS NULL OR programCurator.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_G_GROUPID_2 =
		"programCurator.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByUuid_C;
	private FinderPath _finderPathWithoutPaginationFindByUuid_C;
	private FinderPath _finderPathCountByUuid_C;

	/**
	 * Returns all the program curators where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching program curators
	 */
	@Override
	public List<ProgramCurator> findByUuid_C(String uuid, long companyId) {
		return findByUuid_C(
			uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

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
	@Override
	public List<ProgramCurator> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return findByUuid_C(uuid, companyId, start, end, null);
	}

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
	@Override
	public List<ProgramCurator> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<ProgramCurator> orderByComparator) {

		return findByUuid_C(
			uuid, companyId, start, end, orderByComparator, true);
	}

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
	@Override
	public List<ProgramCurator> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<ProgramCurator> orderByComparator,
		boolean useFinderCache) {

		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByUuid_C;
				finderArgs = new Object[] {uuid, companyId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByUuid_C;
			finderArgs = new Object[] {
				uuid, companyId, start, end, orderByComparator
			};
		}

		List<ProgramCurator> list = null;

		if (useFinderCache) {
			list = (List<ProgramCurator>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ProgramCurator programCurator : list) {
					if (!uuid.equals(programCurator.getUuid()) ||
						(companyId != programCurator.getCompanyId())) {

						list = null;

						break;
					}
				}
			}
		}

		if (list == null) {
			StringBundler sb = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					4 + (orderByComparator.getOrderByFields().length * 2));
			}
			else {
				sb = new StringBundler(4);
			}

			sb.append(_SQL_SELECT_PROGRAMCURATOR_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_C_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_C_UUID_2);
			}

			sb.append(_FINDER_COLUMN_UUID_C_COMPANYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ProgramCuratorModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
				}

				queryPos.add(companyId);

				list = (List<ProgramCurator>)QueryUtil.list(
					query, getDialect(), start, end);

				cacheResult(list);

				if (useFinderCache) {
					finderCache.putResult(finderPath, finderArgs, list);
				}
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return list;
	}

	/**
	 * Returns the first program curator in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<ProgramCurator> orderByComparator)
		throws NoSuchProgramCuratorException {

		ProgramCurator programCurator = fetchByUuid_C_First(
			uuid, companyId, orderByComparator);

		if (programCurator != null) {
			return programCurator;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchProgramCuratorException(sb.toString());
	}

	/**
	 * Returns the first program curator in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<ProgramCurator> orderByComparator) {

		List<ProgramCurator> list = findByUuid_C(
			uuid, companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last program curator in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<ProgramCurator> orderByComparator)
		throws NoSuchProgramCuratorException {

		ProgramCurator programCurator = fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);

		if (programCurator != null) {
			return programCurator;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchProgramCuratorException(sb.toString());
	}

	/**
	 * Returns the last program curator in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<ProgramCurator> orderByComparator) {

		int count = countByUuid_C(uuid, companyId);

		if (count == 0) {
			return null;
		}

		List<ProgramCurator> list = findByUuid_C(
			uuid, companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

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
	@Override
	public ProgramCurator[] findByUuid_C_PrevAndNext(
			long programCuratorId, String uuid, long companyId,
			OrderByComparator<ProgramCurator> orderByComparator)
		throws NoSuchProgramCuratorException {

		uuid = Objects.toString(uuid, "");

		ProgramCurator programCurator = findByPrimaryKey(programCuratorId);

		Session session = null;

		try {
			session = openSession();

			ProgramCurator[] array = new ProgramCuratorImpl[3];

			array[0] = getByUuid_C_PrevAndNext(
				session, programCurator, uuid, companyId, orderByComparator,
				true);

			array[1] = programCurator;

			array[2] = getByUuid_C_PrevAndNext(
				session, programCurator, uuid, companyId, orderByComparator,
				false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected ProgramCurator getByUuid_C_PrevAndNext(
		Session session, ProgramCurator programCurator, String uuid,
		long companyId, OrderByComparator<ProgramCurator> orderByComparator,
		boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_PROGRAMCURATOR_WHERE);

		boolean bindUuid = false;

		if (uuid.isEmpty()) {
			sb.append(_FINDER_COLUMN_UUID_C_UUID_3);
		}
		else {
			bindUuid = true;

			sb.append(_FINDER_COLUMN_UUID_C_UUID_2);
		}

		sb.append(_FINDER_COLUMN_UUID_C_COMPANYID_2);

		if (orderByComparator != null) {
			String[] orderByConditionFields =
				orderByComparator.getOrderByConditionFields();

			if (orderByConditionFields.length > 0) {
				sb.append(WHERE_AND);
			}

			for (int i = 0; i < orderByConditionFields.length; i++) {
				sb.append(_ORDER_BY_ENTITY_ALIAS);
				sb.append(orderByConditionFields[i]);

				if ((i + 1) < orderByConditionFields.length) {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(WHERE_GREATER_THAN_HAS_NEXT);
					}
					else {
						sb.append(WHERE_LESSER_THAN_HAS_NEXT);
					}
				}
				else {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(WHERE_GREATER_THAN);
					}
					else {
						sb.append(WHERE_LESSER_THAN);
					}
				}
			}

			sb.append(ORDER_BY_CLAUSE);

			String[] orderByFields = orderByComparator.getOrderByFields();

			for (int i = 0; i < orderByFields.length; i++) {
				sb.append(_ORDER_BY_ENTITY_ALIAS);
				sb.append(orderByFields[i]);

				if ((i + 1) < orderByFields.length) {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(ORDER_BY_ASC_HAS_NEXT);
					}
					else {
						sb.append(ORDER_BY_DESC_HAS_NEXT);
					}
				}
				else {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(ORDER_BY_ASC);
					}
					else {
						sb.append(ORDER_BY_DESC);
					}
				}
			}
		}
		else {
			sb.append(ProgramCuratorModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		if (bindUuid) {
			queryPos.add(uuid);
		}

		queryPos.add(companyId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						programCurator)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ProgramCurator> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the program curators where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	@Override
	public void removeByUuid_C(String uuid, long companyId) {
		for (ProgramCurator programCurator :
				findByUuid_C(
					uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(programCurator);
		}
	}

	/**
	 * Returns the number of program curators where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching program curators
	 */
	@Override
	public int countByUuid_C(String uuid, long companyId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid_C;

		Object[] finderArgs = new Object[] {uuid, companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_PROGRAMCURATOR_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_C_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_C_UUID_2);
			}

			sb.append(_FINDER_COLUMN_UUID_C_COMPANYID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
				}

				queryPos.add(companyId);

				count = (Long)query.uniqueResult();

				finderCache.putResult(finderPath, finderArgs, count);
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return count.intValue();
	}

	private static final String _FINDER_COLUMN_UUID_C_UUID_2 =
		"programCurator.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_C_UUID_3 =
		"(programCurator.uuid IS NULL OR programCurator.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_C_COMPANYID_2 =
		"programCurator.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByProgramId;
	private FinderPath _finderPathWithoutPaginationFindByProgramId;
	private FinderPath _finderPathCountByProgramId;

	/**
	 * Returns all the program curators where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @return the matching program curators
	 */
	@Override
	public List<ProgramCurator> findByProgramId(long programId) {
		return findByProgramId(
			programId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

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
	@Override
	public List<ProgramCurator> findByProgramId(
		long programId, int start, int end) {

		return findByProgramId(programId, start, end, null);
	}

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
	@Override
	public List<ProgramCurator> findByProgramId(
		long programId, int start, int end,
		OrderByComparator<ProgramCurator> orderByComparator) {

		return findByProgramId(programId, start, end, orderByComparator, true);
	}

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
	@Override
	public List<ProgramCurator> findByProgramId(
		long programId, int start, int end,
		OrderByComparator<ProgramCurator> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByProgramId;
				finderArgs = new Object[] {programId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByProgramId;
			finderArgs = new Object[] {
				programId, start, end, orderByComparator
			};
		}

		List<ProgramCurator> list = null;

		if (useFinderCache) {
			list = (List<ProgramCurator>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ProgramCurator programCurator : list) {
					if (programId != programCurator.getProgramId()) {
						list = null;

						break;
					}
				}
			}
		}

		if (list == null) {
			StringBundler sb = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					3 + (orderByComparator.getOrderByFields().length * 2));
			}
			else {
				sb = new StringBundler(3);
			}

			sb.append(_SQL_SELECT_PROGRAMCURATOR_WHERE);

			sb.append(_FINDER_COLUMN_PROGRAMID_PROGRAMID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ProgramCuratorModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(programId);

				list = (List<ProgramCurator>)QueryUtil.list(
					query, getDialect(), start, end);

				cacheResult(list);

				if (useFinderCache) {
					finderCache.putResult(finderPath, finderArgs, list);
				}
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return list;
	}

	/**
	 * Returns the first program curator in the ordered set where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator findByProgramId_First(
			long programId, OrderByComparator<ProgramCurator> orderByComparator)
		throws NoSuchProgramCuratorException {

		ProgramCurator programCurator = fetchByProgramId_First(
			programId, orderByComparator);

		if (programCurator != null) {
			return programCurator;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("programId=");
		sb.append(programId);

		sb.append("}");

		throw new NoSuchProgramCuratorException(sb.toString());
	}

	/**
	 * Returns the first program curator in the ordered set where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator fetchByProgramId_First(
		long programId, OrderByComparator<ProgramCurator> orderByComparator) {

		List<ProgramCurator> list = findByProgramId(
			programId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last program curator in the ordered set where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator findByProgramId_Last(
			long programId, OrderByComparator<ProgramCurator> orderByComparator)
		throws NoSuchProgramCuratorException {

		ProgramCurator programCurator = fetchByProgramId_Last(
			programId, orderByComparator);

		if (programCurator != null) {
			return programCurator;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("programId=");
		sb.append(programId);

		sb.append("}");

		throw new NoSuchProgramCuratorException(sb.toString());
	}

	/**
	 * Returns the last program curator in the ordered set where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator fetchByProgramId_Last(
		long programId, OrderByComparator<ProgramCurator> orderByComparator) {

		int count = countByProgramId(programId);

		if (count == 0) {
			return null;
		}

		List<ProgramCurator> list = findByProgramId(
			programId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the program curators before and after the current program curator in the ordered set where programId = &#63;.
	 *
	 * @param programCuratorId the primary key of the current program curator
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next program curator
	 * @throws NoSuchProgramCuratorException if a program curator with the primary key could not be found
	 */
	@Override
	public ProgramCurator[] findByProgramId_PrevAndNext(
			long programCuratorId, long programId,
			OrderByComparator<ProgramCurator> orderByComparator)
		throws NoSuchProgramCuratorException {

		ProgramCurator programCurator = findByPrimaryKey(programCuratorId);

		Session session = null;

		try {
			session = openSession();

			ProgramCurator[] array = new ProgramCuratorImpl[3];

			array[0] = getByProgramId_PrevAndNext(
				session, programCurator, programId, orderByComparator, true);

			array[1] = programCurator;

			array[2] = getByProgramId_PrevAndNext(
				session, programCurator, programId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected ProgramCurator getByProgramId_PrevAndNext(
		Session session, ProgramCurator programCurator, long programId,
		OrderByComparator<ProgramCurator> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_PROGRAMCURATOR_WHERE);

		sb.append(_FINDER_COLUMN_PROGRAMID_PROGRAMID_2);

		if (orderByComparator != null) {
			String[] orderByConditionFields =
				orderByComparator.getOrderByConditionFields();

			if (orderByConditionFields.length > 0) {
				sb.append(WHERE_AND);
			}

			for (int i = 0; i < orderByConditionFields.length; i++) {
				sb.append(_ORDER_BY_ENTITY_ALIAS);
				sb.append(orderByConditionFields[i]);

				if ((i + 1) < orderByConditionFields.length) {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(WHERE_GREATER_THAN_HAS_NEXT);
					}
					else {
						sb.append(WHERE_LESSER_THAN_HAS_NEXT);
					}
				}
				else {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(WHERE_GREATER_THAN);
					}
					else {
						sb.append(WHERE_LESSER_THAN);
					}
				}
			}

			sb.append(ORDER_BY_CLAUSE);

			String[] orderByFields = orderByComparator.getOrderByFields();

			for (int i = 0; i < orderByFields.length; i++) {
				sb.append(_ORDER_BY_ENTITY_ALIAS);
				sb.append(orderByFields[i]);

				if ((i + 1) < orderByFields.length) {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(ORDER_BY_ASC_HAS_NEXT);
					}
					else {
						sb.append(ORDER_BY_DESC_HAS_NEXT);
					}
				}
				else {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(ORDER_BY_ASC);
					}
					else {
						sb.append(ORDER_BY_DESC);
					}
				}
			}
		}
		else {
			sb.append(ProgramCuratorModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(programId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						programCurator)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ProgramCurator> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the program curators where programId = &#63; from the database.
	 *
	 * @param programId the program ID
	 */
	@Override
	public void removeByProgramId(long programId) {
		for (ProgramCurator programCurator :
				findByProgramId(
					programId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(programCurator);
		}
	}

	/**
	 * Returns the number of program curators where programId = &#63;.
	 *
	 * @param programId the program ID
	 * @return the number of matching program curators
	 */
	@Override
	public int countByProgramId(long programId) {
		FinderPath finderPath = _finderPathCountByProgramId;

		Object[] finderArgs = new Object[] {programId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_PROGRAMCURATOR_WHERE);

			sb.append(_FINDER_COLUMN_PROGRAMID_PROGRAMID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(programId);

				count = (Long)query.uniqueResult();

				finderCache.putResult(finderPath, finderArgs, count);
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return count.intValue();
	}

	private static final String _FINDER_COLUMN_PROGRAMID_PROGRAMID_2 =
		"programCurator.programId = ?";

	private FinderPath _finderPathFetchByP_C;

	/**
	 * Returns the program curator where programId = &#63; and curatorUserId = &#63; or throws a <code>NoSuchProgramCuratorException</code> if it could not be found.
	 *
	 * @param programId the program ID
	 * @param curatorUserId the curator user ID
	 * @return the matching program curator
	 * @throws NoSuchProgramCuratorException if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator findByP_C(long programId, long curatorUserId)
		throws NoSuchProgramCuratorException {

		ProgramCurator programCurator = fetchByP_C(programId, curatorUserId);

		if (programCurator == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("programId=");
			sb.append(programId);

			sb.append(", curatorUserId=");
			sb.append(curatorUserId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchProgramCuratorException(sb.toString());
		}

		return programCurator;
	}

	/**
	 * Returns the program curator where programId = &#63; and curatorUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param programId the program ID
	 * @param curatorUserId the curator user ID
	 * @return the matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator fetchByP_C(long programId, long curatorUserId) {
		return fetchByP_C(programId, curatorUserId, true);
	}

	/**
	 * Returns the program curator where programId = &#63; and curatorUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param programId the program ID
	 * @param curatorUserId the curator user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching program curator, or <code>null</code> if a matching program curator could not be found
	 */
	@Override
	public ProgramCurator fetchByP_C(
		long programId, long curatorUserId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {programId, curatorUserId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByP_C, finderArgs, this);
		}

		if (result instanceof ProgramCurator) {
			ProgramCurator programCurator = (ProgramCurator)result;

			if ((programId != programCurator.getProgramId()) ||
				(curatorUserId != programCurator.getCuratorUserId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_PROGRAMCURATOR_WHERE);

			sb.append(_FINDER_COLUMN_P_C_PROGRAMID_2);

			sb.append(_FINDER_COLUMN_P_C_CURATORUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(programId);

				queryPos.add(curatorUserId);

				List<ProgramCurator> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByP_C, finderArgs, list);
					}
				}
				else {
					ProgramCurator programCurator = list.get(0);

					result = programCurator;

					cacheResult(programCurator);
				}
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		if (result instanceof List<?>) {
			return null;
		}
		else {
			return (ProgramCurator)result;
		}
	}

	/**
	 * Removes the program curator where programId = &#63; and curatorUserId = &#63; from the database.
	 *
	 * @param programId the program ID
	 * @param curatorUserId the curator user ID
	 * @return the program curator that was removed
	 */
	@Override
	public ProgramCurator removeByP_C(long programId, long curatorUserId)
		throws NoSuchProgramCuratorException {

		ProgramCurator programCurator = findByP_C(programId, curatorUserId);

		return remove(programCurator);
	}

	/**
	 * Returns the number of program curators where programId = &#63; and curatorUserId = &#63;.
	 *
	 * @param programId the program ID
	 * @param curatorUserId the curator user ID
	 * @return the number of matching program curators
	 */
	@Override
	public int countByP_C(long programId, long curatorUserId) {
		ProgramCurator programCurator = fetchByP_C(programId, curatorUserId);

		if (programCurator == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_P_C_PROGRAMID_2 =
		"programCurator.programId = ? AND ";

	private static final String _FINDER_COLUMN_P_C_CURATORUSERID_2 =
		"programCurator.curatorUserId = ?";

	public ProgramCuratorPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("uuid", "uuid_");

		setDBColumnNames(dbColumnNames);

		setModelClass(ProgramCurator.class);

		setModelImplClass(ProgramCuratorImpl.class);
		setModelPKClass(long.class);

		setTable(ProgramCuratorTable.INSTANCE);
	}

	/**
	 * Caches the program curator in the entity cache if it is enabled.
	 *
	 * @param programCurator the program curator
	 */
	@Override
	public void cacheResult(ProgramCurator programCurator) {
		entityCache.putResult(
			ProgramCuratorImpl.class, programCurator.getPrimaryKey(),
			programCurator);

		finderCache.putResult(
			_finderPathFetchByUUID_G,
			new Object[] {
				programCurator.getUuid(), programCurator.getGroupId()
			},
			programCurator);

		finderCache.putResult(
			_finderPathFetchByP_C,
			new Object[] {
				programCurator.getProgramId(), programCurator.getCuratorUserId()
			},
			programCurator);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the program curators in the entity cache if it is enabled.
	 *
	 * @param programCurators the program curators
	 */
	@Override
	public void cacheResult(List<ProgramCurator> programCurators) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (programCurators.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (ProgramCurator programCurator : programCurators) {
			if (entityCache.getResult(
					ProgramCuratorImpl.class, programCurator.getPrimaryKey()) ==
						null) {

				cacheResult(programCurator);
			}
		}
	}

	/**
	 * Clears the cache for all program curators.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(ProgramCuratorImpl.class);

		finderCache.clearCache(ProgramCuratorImpl.class);
	}

	/**
	 * Clears the cache for the program curator.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(ProgramCurator programCurator) {
		entityCache.removeResult(ProgramCuratorImpl.class, programCurator);
	}

	@Override
	public void clearCache(List<ProgramCurator> programCurators) {
		for (ProgramCurator programCurator : programCurators) {
			entityCache.removeResult(ProgramCuratorImpl.class, programCurator);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(ProgramCuratorImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(ProgramCuratorImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		ProgramCuratorModelImpl programCuratorModelImpl) {

		Object[] args = new Object[] {
			programCuratorModelImpl.getUuid(),
			programCuratorModelImpl.getGroupId()
		};

		finderCache.putResult(
			_finderPathFetchByUUID_G, args, programCuratorModelImpl);

		args = new Object[] {
			programCuratorModelImpl.getProgramId(),
			programCuratorModelImpl.getCuratorUserId()
		};

		finderCache.putResult(
			_finderPathFetchByP_C, args, programCuratorModelImpl);
	}

	/**
	 * Creates a new program curator with the primary key. Does not add the program curator to the database.
	 *
	 * @param programCuratorId the primary key for the new program curator
	 * @return the new program curator
	 */
	@Override
	public ProgramCurator create(long programCuratorId) {
		ProgramCurator programCurator = new ProgramCuratorImpl();

		programCurator.setNew(true);
		programCurator.setPrimaryKey(programCuratorId);

		String uuid = PortalUUIDUtil.generate();

		programCurator.setUuid(uuid);

		programCurator.setCompanyId(CompanyThreadLocal.getCompanyId());

		return programCurator;
	}

	/**
	 * Removes the program curator with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param programCuratorId the primary key of the program curator
	 * @return the program curator that was removed
	 * @throws NoSuchProgramCuratorException if a program curator with the primary key could not be found
	 */
	@Override
	public ProgramCurator remove(long programCuratorId)
		throws NoSuchProgramCuratorException {

		return remove((Serializable)programCuratorId);
	}

	/**
	 * Removes the program curator with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the program curator
	 * @return the program curator that was removed
	 * @throws NoSuchProgramCuratorException if a program curator with the primary key could not be found
	 */
	@Override
	public ProgramCurator remove(Serializable primaryKey)
		throws NoSuchProgramCuratorException {

		Session session = null;

		try {
			session = openSession();

			ProgramCurator programCurator = (ProgramCurator)session.get(
				ProgramCuratorImpl.class, primaryKey);

			if (programCurator == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchProgramCuratorException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(programCurator);
		}
		catch (NoSuchProgramCuratorException noSuchEntityException) {
			throw noSuchEntityException;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	@Override
	protected ProgramCurator removeImpl(ProgramCurator programCurator) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(programCurator)) {
				programCurator = (ProgramCurator)session.get(
					ProgramCuratorImpl.class,
					programCurator.getPrimaryKeyObj());
			}

			if (programCurator != null) {
				session.delete(programCurator);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (programCurator != null) {
			clearCache(programCurator);
		}

		return programCurator;
	}

	@Override
	public ProgramCurator updateImpl(ProgramCurator programCurator) {
		boolean isNew = programCurator.isNew();

		if (!(programCurator instanceof ProgramCuratorModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(programCurator.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					programCurator);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in programCurator proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom ProgramCurator implementation " +
					programCurator.getClass());
		}

		ProgramCuratorModelImpl programCuratorModelImpl =
			(ProgramCuratorModelImpl)programCurator;

		if (Validator.isNull(programCurator.getUuid())) {
			String uuid = PortalUUIDUtil.generate();

			programCurator.setUuid(uuid);
		}

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (programCurator.getCreateDate() == null)) {
			if (serviceContext == null) {
				programCurator.setCreateDate(date);
			}
			else {
				programCurator.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!programCuratorModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				programCurator.setModifiedDate(date);
			}
			else {
				programCurator.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(programCurator);
			}
			else {
				programCurator = (ProgramCurator)session.merge(programCurator);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			ProgramCuratorImpl.class, programCuratorModelImpl, false, true);

		cacheUniqueFindersCache(programCuratorModelImpl);

		if (isNew) {
			programCurator.setNew(false);
		}

		programCurator.resetOriginalValues();

		return programCurator;
	}

	/**
	 * Returns the program curator with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the program curator
	 * @return the program curator
	 * @throws NoSuchProgramCuratorException if a program curator with the primary key could not be found
	 */
	@Override
	public ProgramCurator findByPrimaryKey(Serializable primaryKey)
		throws NoSuchProgramCuratorException {

		ProgramCurator programCurator = fetchByPrimaryKey(primaryKey);

		if (programCurator == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchProgramCuratorException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return programCurator;
	}

	/**
	 * Returns the program curator with the primary key or throws a <code>NoSuchProgramCuratorException</code> if it could not be found.
	 *
	 * @param programCuratorId the primary key of the program curator
	 * @return the program curator
	 * @throws NoSuchProgramCuratorException if a program curator with the primary key could not be found
	 */
	@Override
	public ProgramCurator findByPrimaryKey(long programCuratorId)
		throws NoSuchProgramCuratorException {

		return findByPrimaryKey((Serializable)programCuratorId);
	}

	/**
	 * Returns the program curator with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param programCuratorId the primary key of the program curator
	 * @return the program curator, or <code>null</code> if a program curator with the primary key could not be found
	 */
	@Override
	public ProgramCurator fetchByPrimaryKey(long programCuratorId) {
		return fetchByPrimaryKey((Serializable)programCuratorId);
	}

	/**
	 * Returns all the program curators.
	 *
	 * @return the program curators
	 */
	@Override
	public List<ProgramCurator> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

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
	@Override
	public List<ProgramCurator> findAll(int start, int end) {
		return findAll(start, end, null);
	}

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
	@Override
	public List<ProgramCurator> findAll(
		int start, int end,
		OrderByComparator<ProgramCurator> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

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
	@Override
	public List<ProgramCurator> findAll(
		int start, int end, OrderByComparator<ProgramCurator> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindAll;
				finderArgs = FINDER_ARGS_EMPTY;
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindAll;
			finderArgs = new Object[] {start, end, orderByComparator};
		}

		List<ProgramCurator> list = null;

		if (useFinderCache) {
			list = (List<ProgramCurator>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_PROGRAMCURATOR);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_PROGRAMCURATOR;

				sql = sql.concat(ProgramCuratorModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<ProgramCurator>)QueryUtil.list(
					query, getDialect(), start, end);

				cacheResult(list);

				if (useFinderCache) {
					finderCache.putResult(finderPath, finderArgs, list);
				}
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return list;
	}

	/**
	 * Removes all the program curators from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (ProgramCurator programCurator : findAll()) {
			remove(programCurator);
		}
	}

	/**
	 * Returns the number of program curators.
	 *
	 * @return the number of program curators
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_PROGRAMCURATOR);

				count = (Long)query.uniqueResult();

				finderCache.putResult(
					_finderPathCountAll, FINDER_ARGS_EMPTY, count);
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return count.intValue();
	}

	@Override
	public Set<String> getBadColumnNames() {
		return _badColumnNames;
	}

	@Override
	protected EntityCache getEntityCache() {
		return entityCache;
	}

	@Override
	protected String getPKDBName() {
		return "programCuratorId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_PROGRAMCURATOR;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return ProgramCuratorModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the program curator persistence.
	 */
	@Activate
	public void activate() {
		_valueObjectFinderCacheListThreshold = GetterUtil.getInteger(
			PropsUtil.get(PropsKeys.VALUE_OBJECT_FINDER_CACHE_LIST_THRESHOLD));

		_finderPathWithPaginationFindAll = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findAll", new String[0],
			new String[0], true);

		_finderPathWithoutPaginationFindAll = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findAll", new String[0],
			new String[0], true);

		_finderPathCountAll = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countAll",
			new String[0], new String[0], false);

		_finderPathWithPaginationFindByUuid = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByUuid",
			new String[] {
				String.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"uuid_"}, true);

		_finderPathWithoutPaginationFindByUuid = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByUuid",
			new String[] {String.class.getName()}, new String[] {"uuid_"},
			true);

		_finderPathCountByUuid = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByUuid",
			new String[] {String.class.getName()}, new String[] {"uuid_"},
			false);

		_finderPathFetchByUUID_G = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByUUID_G",
			new String[] {String.class.getName(), Long.class.getName()},
			new String[] {"uuid_", "groupId"}, true);

		_finderPathWithPaginationFindByUuid_C = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByUuid_C",
			new String[] {
				String.class.getName(), Long.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"uuid_", "companyId"}, true);

		_finderPathWithoutPaginationFindByUuid_C = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByUuid_C",
			new String[] {String.class.getName(), Long.class.getName()},
			new String[] {"uuid_", "companyId"}, true);

		_finderPathCountByUuid_C = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByUuid_C",
			new String[] {String.class.getName(), Long.class.getName()},
			new String[] {"uuid_", "companyId"}, false);

		_finderPathWithPaginationFindByProgramId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByProgramId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"programId"}, true);

		_finderPathWithoutPaginationFindByProgramId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByProgramId",
			new String[] {Long.class.getName()}, new String[] {"programId"},
			true);

		_finderPathCountByProgramId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByProgramId",
			new String[] {Long.class.getName()}, new String[] {"programId"},
			false);

		_finderPathFetchByP_C = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByP_C",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"programId", "curatorUserId"}, true);

		ProgramCuratorUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		ProgramCuratorUtil.setPersistence(null);

		entityCache.removeCache(ProgramCuratorImpl.class.getName());
	}

	@Override
	@Reference(
		target = NastavnikPersistenceConstants.SERVICE_CONFIGURATION_FILTER,
		unbind = "-"
	)
	public void setConfiguration(Configuration configuration) {
	}

	@Override
	@Reference(
		target = NastavnikPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setDataSource(DataSource dataSource) {
		super.setDataSource(dataSource);
	}

	@Override
	@Reference(
		target = NastavnikPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setSessionFactory(SessionFactory sessionFactory) {
		super.setSessionFactory(sessionFactory);
	}

	@Reference
	protected EntityCache entityCache;

	@Reference
	protected FinderCache finderCache;

	private static final String _SQL_SELECT_PROGRAMCURATOR =
		"SELECT programCurator FROM ProgramCurator programCurator";

	private static final String _SQL_SELECT_PROGRAMCURATOR_WHERE =
		"SELECT programCurator FROM ProgramCurator programCurator WHERE ";

	private static final String _SQL_COUNT_PROGRAMCURATOR =
		"SELECT COUNT(programCurator) FROM ProgramCurator programCurator";

	private static final String _SQL_COUNT_PROGRAMCURATOR_WHERE =
		"SELECT COUNT(programCurator) FROM ProgramCurator programCurator WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "programCurator.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No ProgramCurator exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No ProgramCurator exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		ProgramCuratorPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"uuid"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}