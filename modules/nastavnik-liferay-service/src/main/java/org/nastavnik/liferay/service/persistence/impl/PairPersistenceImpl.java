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

import org.nastavnik.liferay.exception.NoSuchPairException;
import org.nastavnik.liferay.model.Pair;
import org.nastavnik.liferay.model.PairTable;
import org.nastavnik.liferay.model.impl.PairImpl;
import org.nastavnik.liferay.model.impl.PairModelImpl;
import org.nastavnik.liferay.service.persistence.PairPersistence;
import org.nastavnik.liferay.service.persistence.PairUtil;
import org.nastavnik.liferay.service.persistence.impl.constants.NastavnikPersistenceConstants;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The persistence implementation for the pair service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @generated
 */
@Component(service = PairPersistence.class)
public class PairPersistenceImpl
	extends BasePersistenceImpl<Pair> implements PairPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>PairUtil</code> to access the pair persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		PairImpl.class.getName();

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
	 * Returns all the pairs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching pairs
	 */
	@Override
	public List<Pair> findByUuid(String uuid) {
		return findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the pairs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of matching pairs
	 */
	@Override
	public List<Pair> findByUuid(String uuid, int start, int end) {
		return findByUuid(uuid, start, end, null);
	}

	/**
	 * Returns an ordered range of all the pairs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pairs
	 */
	@Override
	public List<Pair> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<Pair> orderByComparator) {

		return findByUuid(uuid, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the pairs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pairs
	 */
	@Override
	public List<Pair> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<Pair> orderByComparator, boolean useFinderCache) {

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

		List<Pair> list = null;

		if (useFinderCache) {
			list = (List<Pair>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Pair pair : list) {
					if (!uuid.equals(pair.getUuid())) {
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

			sb.append(_SQL_SELECT_PAIR_WHERE);

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
				sb.append(PairModelImpl.ORDER_BY_JPQL);
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

				list = (List<Pair>)QueryUtil.list(
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
	 * Returns the first pair in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	@Override
	public Pair findByUuid_First(
			String uuid, OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = fetchByUuid_First(uuid, orderByComparator);

		if (pair != null) {
			return pair;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchPairException(sb.toString());
	}

	/**
	 * Returns the first pair in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public Pair fetchByUuid_First(
		String uuid, OrderByComparator<Pair> orderByComparator) {

		List<Pair> list = findByUuid(uuid, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last pair in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	@Override
	public Pair findByUuid_Last(
			String uuid, OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = fetchByUuid_Last(uuid, orderByComparator);

		if (pair != null) {
			return pair;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchPairException(sb.toString());
	}

	/**
	 * Returns the last pair in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public Pair fetchByUuid_Last(
		String uuid, OrderByComparator<Pair> orderByComparator) {

		int count = countByUuid(uuid);

		if (count == 0) {
			return null;
		}

		List<Pair> list = findByUuid(uuid, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the pairs before and after the current pair in the ordered set where uuid = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	@Override
	public Pair[] findByUuid_PrevAndNext(
			long pairId, String uuid, OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		uuid = Objects.toString(uuid, "");

		Pair pair = findByPrimaryKey(pairId);

		Session session = null;

		try {
			session = openSession();

			Pair[] array = new PairImpl[3];

			array[0] = getByUuid_PrevAndNext(
				session, pair, uuid, orderByComparator, true);

			array[1] = pair;

			array[2] = getByUuid_PrevAndNext(
				session, pair, uuid, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Pair getByUuid_PrevAndNext(
		Session session, Pair pair, String uuid,
		OrderByComparator<Pair> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_PAIR_WHERE);

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
			sb.append(PairModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(pair)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Pair> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the pairs where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	@Override
	public void removeByUuid(String uuid) {
		for (Pair pair :
				findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(pair);
		}
	}

	/**
	 * Returns the number of pairs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching pairs
	 */
	@Override
	public int countByUuid(String uuid) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid;

		Object[] finderArgs = new Object[] {uuid};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_PAIR_WHERE);

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

	private static final String _FINDER_COLUMN_UUID_UUID_2 = "pair.uuid = ?";

	private static final String _FINDER_COLUMN_UUID_UUID_3 =
		"(pair.uuid IS NULL OR pair.uuid = '')";

	private FinderPath _finderPathFetchByUUID_G;

	/**
	 * Returns the pair where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchPairException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	@Override
	public Pair findByUUID_G(String uuid, long groupId)
		throws NoSuchPairException {

		Pair pair = fetchByUUID_G(uuid, groupId);

		if (pair == null) {
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

			throw new NoSuchPairException(sb.toString());
		}

		return pair;
	}

	/**
	 * Returns the pair where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public Pair fetchByUUID_G(String uuid, long groupId) {
		return fetchByUUID_G(uuid, groupId, true);
	}

	/**
	 * Returns the pair where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public Pair fetchByUUID_G(
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

		if (result instanceof Pair) {
			Pair pair = (Pair)result;

			if (!Objects.equals(uuid, pair.getUuid()) ||
				(groupId != pair.getGroupId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_PAIR_WHERE);

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

				List<Pair> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByUUID_G, finderArgs, list);
					}
				}
				else {
					Pair pair = list.get(0);

					result = pair;

					cacheResult(pair);
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
			return (Pair)result;
		}
	}

	/**
	 * Removes the pair where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the pair that was removed
	 */
	@Override
	public Pair removeByUUID_G(String uuid, long groupId)
		throws NoSuchPairException {

		Pair pair = findByUUID_G(uuid, groupId);

		return remove(pair);
	}

	/**
	 * Returns the number of pairs where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching pairs
	 */
	@Override
	public int countByUUID_G(String uuid, long groupId) {
		Pair pair = fetchByUUID_G(uuid, groupId);

		if (pair == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_UUID_G_UUID_2 =
		"pair.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_G_UUID_3 =
		"(pair.uuid IS NULL OR pair.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_G_GROUPID_2 =
		"pair.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByUuid_C;
	private FinderPath _finderPathWithoutPaginationFindByUuid_C;
	private FinderPath _finderPathCountByUuid_C;

	/**
	 * Returns all the pairs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching pairs
	 */
	@Override
	public List<Pair> findByUuid_C(String uuid, long companyId) {
		return findByUuid_C(
			uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the pairs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of matching pairs
	 */
	@Override
	public List<Pair> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return findByUuid_C(uuid, companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the pairs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pairs
	 */
	@Override
	public List<Pair> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Pair> orderByComparator) {

		return findByUuid_C(
			uuid, companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the pairs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pairs
	 */
	@Override
	public List<Pair> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Pair> orderByComparator, boolean useFinderCache) {

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

		List<Pair> list = null;

		if (useFinderCache) {
			list = (List<Pair>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Pair pair : list) {
					if (!uuid.equals(pair.getUuid()) ||
						(companyId != pair.getCompanyId())) {

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

			sb.append(_SQL_SELECT_PAIR_WHERE);

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
				sb.append(PairModelImpl.ORDER_BY_JPQL);
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

				list = (List<Pair>)QueryUtil.list(
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
	 * Returns the first pair in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	@Override
	public Pair findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = fetchByUuid_C_First(uuid, companyId, orderByComparator);

		if (pair != null) {
			return pair;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchPairException(sb.toString());
	}

	/**
	 * Returns the first pair in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public Pair fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<Pair> orderByComparator) {

		List<Pair> list = findByUuid_C(
			uuid, companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last pair in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	@Override
	public Pair findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = fetchByUuid_C_Last(uuid, companyId, orderByComparator);

		if (pair != null) {
			return pair;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchPairException(sb.toString());
	}

	/**
	 * Returns the last pair in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public Pair fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<Pair> orderByComparator) {

		int count = countByUuid_C(uuid, companyId);

		if (count == 0) {
			return null;
		}

		List<Pair> list = findByUuid_C(
			uuid, companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the pairs before and after the current pair in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	@Override
	public Pair[] findByUuid_C_PrevAndNext(
			long pairId, String uuid, long companyId,
			OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		uuid = Objects.toString(uuid, "");

		Pair pair = findByPrimaryKey(pairId);

		Session session = null;

		try {
			session = openSession();

			Pair[] array = new PairImpl[3];

			array[0] = getByUuid_C_PrevAndNext(
				session, pair, uuid, companyId, orderByComparator, true);

			array[1] = pair;

			array[2] = getByUuid_C_PrevAndNext(
				session, pair, uuid, companyId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Pair getByUuid_C_PrevAndNext(
		Session session, Pair pair, String uuid, long companyId,
		OrderByComparator<Pair> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_PAIR_WHERE);

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
			sb.append(PairModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(pair)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Pair> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the pairs where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	@Override
	public void removeByUuid_C(String uuid, long companyId) {
		for (Pair pair :
				findByUuid_C(
					uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(pair);
		}
	}

	/**
	 * Returns the number of pairs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching pairs
	 */
	@Override
	public int countByUuid_C(String uuid, long companyId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid_C;

		Object[] finderArgs = new Object[] {uuid, companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_PAIR_WHERE);

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
		"pair.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_C_UUID_3 =
		"(pair.uuid IS NULL OR pair.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_C_COMPANYID_2 =
		"pair.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByGroupId;
	private FinderPath _finderPathWithoutPaginationFindByGroupId;
	private FinderPath _finderPathCountByGroupId;

	/**
	 * Returns all the pairs where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching pairs
	 */
	@Override
	public List<Pair> findByGroupId(long groupId) {
		return findByGroupId(
			groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the pairs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of matching pairs
	 */
	@Override
	public List<Pair> findByGroupId(long groupId, int start, int end) {
		return findByGroupId(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the pairs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pairs
	 */
	@Override
	public List<Pair> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<Pair> orderByComparator) {

		return findByGroupId(groupId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the pairs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pairs
	 */
	@Override
	public List<Pair> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<Pair> orderByComparator, boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByGroupId;
				finderArgs = new Object[] {groupId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByGroupId;
			finderArgs = new Object[] {groupId, start, end, orderByComparator};
		}

		List<Pair> list = null;

		if (useFinderCache) {
			list = (List<Pair>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Pair pair : list) {
					if (groupId != pair.getGroupId()) {
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

			sb.append(_SQL_SELECT_PAIR_WHERE);

			sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(PairModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				list = (List<Pair>)QueryUtil.list(
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
	 * Returns the first pair in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	@Override
	public Pair findByGroupId_First(
			long groupId, OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = fetchByGroupId_First(groupId, orderByComparator);

		if (pair != null) {
			return pair;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchPairException(sb.toString());
	}

	/**
	 * Returns the first pair in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public Pair fetchByGroupId_First(
		long groupId, OrderByComparator<Pair> orderByComparator) {

		List<Pair> list = findByGroupId(groupId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last pair in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	@Override
	public Pair findByGroupId_Last(
			long groupId, OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = fetchByGroupId_Last(groupId, orderByComparator);

		if (pair != null) {
			return pair;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchPairException(sb.toString());
	}

	/**
	 * Returns the last pair in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public Pair fetchByGroupId_Last(
		long groupId, OrderByComparator<Pair> orderByComparator) {

		int count = countByGroupId(groupId);

		if (count == 0) {
			return null;
		}

		List<Pair> list = findByGroupId(
			groupId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the pairs before and after the current pair in the ordered set where groupId = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	@Override
	public Pair[] findByGroupId_PrevAndNext(
			long pairId, long groupId,
			OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = findByPrimaryKey(pairId);

		Session session = null;

		try {
			session = openSession();

			Pair[] array = new PairImpl[3];

			array[0] = getByGroupId_PrevAndNext(
				session, pair, groupId, orderByComparator, true);

			array[1] = pair;

			array[2] = getByGroupId_PrevAndNext(
				session, pair, groupId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Pair getByGroupId_PrevAndNext(
		Session session, Pair pair, long groupId,
		OrderByComparator<Pair> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_PAIR_WHERE);

		sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

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
			sb.append(PairModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(pair)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Pair> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the pairs where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	@Override
	public void removeByGroupId(long groupId) {
		for (Pair pair :
				findByGroupId(
					groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(pair);
		}
	}

	/**
	 * Returns the number of pairs where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching pairs
	 */
	@Override
	public int countByGroupId(long groupId) {
		FinderPath finderPath = _finderPathCountByGroupId;

		Object[] finderArgs = new Object[] {groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_PAIR_WHERE);

			sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

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

	private static final String _FINDER_COLUMN_GROUPID_GROUPID_2 =
		"pair.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByG_P;
	private FinderPath _finderPathWithoutPaginationFindByG_P;
	private FinderPath _finderPathCountByG_P;

	/**
	 * Returns all the pairs where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @return the matching pairs
	 */
	@Override
	public List<Pair> findByG_P(long groupId, long programId) {
		return findByG_P(
			groupId, programId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the pairs where groupId = &#63; and programId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of matching pairs
	 */
	@Override
	public List<Pair> findByG_P(
		long groupId, long programId, int start, int end) {

		return findByG_P(groupId, programId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the pairs where groupId = &#63; and programId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pairs
	 */
	@Override
	public List<Pair> findByG_P(
		long groupId, long programId, int start, int end,
		OrderByComparator<Pair> orderByComparator) {

		return findByG_P(
			groupId, programId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the pairs where groupId = &#63; and programId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pairs
	 */
	@Override
	public List<Pair> findByG_P(
		long groupId, long programId, int start, int end,
		OrderByComparator<Pair> orderByComparator, boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByG_P;
				finderArgs = new Object[] {groupId, programId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByG_P;
			finderArgs = new Object[] {
				groupId, programId, start, end, orderByComparator
			};
		}

		List<Pair> list = null;

		if (useFinderCache) {
			list = (List<Pair>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Pair pair : list) {
					if ((groupId != pair.getGroupId()) ||
						(programId != pair.getProgramId())) {

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

			sb.append(_SQL_SELECT_PAIR_WHERE);

			sb.append(_FINDER_COLUMN_G_P_GROUPID_2);

			sb.append(_FINDER_COLUMN_G_P_PROGRAMID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(PairModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				queryPos.add(programId);

				list = (List<Pair>)QueryUtil.list(
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
	 * Returns the first pair in the ordered set where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	@Override
	public Pair findByG_P_First(
			long groupId, long programId,
			OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = fetchByG_P_First(groupId, programId, orderByComparator);

		if (pair != null) {
			return pair;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", programId=");
		sb.append(programId);

		sb.append("}");

		throw new NoSuchPairException(sb.toString());
	}

	/**
	 * Returns the first pair in the ordered set where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public Pair fetchByG_P_First(
		long groupId, long programId,
		OrderByComparator<Pair> orderByComparator) {

		List<Pair> list = findByG_P(
			groupId, programId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	@Override
	public Pair findByG_P_Last(
			long groupId, long programId,
			OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = fetchByG_P_Last(groupId, programId, orderByComparator);

		if (pair != null) {
			return pair;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", programId=");
		sb.append(programId);

		sb.append("}");

		throw new NoSuchPairException(sb.toString());
	}

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public Pair fetchByG_P_Last(
		long groupId, long programId,
		OrderByComparator<Pair> orderByComparator) {

		int count = countByG_P(groupId, programId);

		if (count == 0) {
			return null;
		}

		List<Pair> list = findByG_P(
			groupId, programId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the pairs before and after the current pair in the ordered set where groupId = &#63; and programId = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	@Override
	public Pair[] findByG_P_PrevAndNext(
			long pairId, long groupId, long programId,
			OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = findByPrimaryKey(pairId);

		Session session = null;

		try {
			session = openSession();

			Pair[] array = new PairImpl[3];

			array[0] = getByG_P_PrevAndNext(
				session, pair, groupId, programId, orderByComparator, true);

			array[1] = pair;

			array[2] = getByG_P_PrevAndNext(
				session, pair, groupId, programId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Pair getByG_P_PrevAndNext(
		Session session, Pair pair, long groupId, long programId,
		OrderByComparator<Pair> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_PAIR_WHERE);

		sb.append(_FINDER_COLUMN_G_P_GROUPID_2);

		sb.append(_FINDER_COLUMN_G_P_PROGRAMID_2);

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
			sb.append(PairModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		queryPos.add(programId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(pair)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Pair> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the pairs where groupId = &#63; and programId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 */
	@Override
	public void removeByG_P(long groupId, long programId) {
		for (Pair pair :
				findByG_P(
					groupId, programId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(pair);
		}
	}

	/**
	 * Returns the number of pairs where groupId = &#63; and programId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @return the number of matching pairs
	 */
	@Override
	public int countByG_P(long groupId, long programId) {
		FinderPath finderPath = _finderPathCountByG_P;

		Object[] finderArgs = new Object[] {groupId, programId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_PAIR_WHERE);

			sb.append(_FINDER_COLUMN_G_P_GROUPID_2);

			sb.append(_FINDER_COLUMN_G_P_PROGRAMID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

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

	private static final String _FINDER_COLUMN_G_P_GROUPID_2 =
		"pair.groupId = ? AND ";

	private static final String _FINDER_COLUMN_G_P_PROGRAMID_2 =
		"pair.programId = ?";

	private FinderPath _finderPathWithPaginationFindByG_S;
	private FinderPath _finderPathWithoutPaginationFindByG_S;
	private FinderPath _finderPathCountByG_S;

	/**
	 * Returns all the pairs where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching pairs
	 */
	@Override
	public List<Pair> findByG_S(long groupId, String status) {
		return findByG_S(
			groupId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the pairs where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of matching pairs
	 */
	@Override
	public List<Pair> findByG_S(
		long groupId, String status, int start, int end) {

		return findByG_S(groupId, status, start, end, null);
	}

	/**
	 * Returns an ordered range of all the pairs where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pairs
	 */
	@Override
	public List<Pair> findByG_S(
		long groupId, String status, int start, int end,
		OrderByComparator<Pair> orderByComparator) {

		return findByG_S(groupId, status, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the pairs where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pairs
	 */
	@Override
	public List<Pair> findByG_S(
		long groupId, String status, int start, int end,
		OrderByComparator<Pair> orderByComparator, boolean useFinderCache) {

		status = Objects.toString(status, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByG_S;
				finderArgs = new Object[] {groupId, status};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByG_S;
			finderArgs = new Object[] {
				groupId, status, start, end, orderByComparator
			};
		}

		List<Pair> list = null;

		if (useFinderCache) {
			list = (List<Pair>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Pair pair : list) {
					if ((groupId != pair.getGroupId()) ||
						!status.equals(pair.getStatus())) {

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

			sb.append(_SQL_SELECT_PAIR_WHERE);

			sb.append(_FINDER_COLUMN_G_S_GROUPID_2);

			boolean bindStatus = false;

			if (status.isEmpty()) {
				sb.append(_FINDER_COLUMN_G_S_STATUS_3);
			}
			else {
				bindStatus = true;

				sb.append(_FINDER_COLUMN_G_S_STATUS_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(PairModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				if (bindStatus) {
					queryPos.add(status);
				}

				list = (List<Pair>)QueryUtil.list(
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
	 * Returns the first pair in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	@Override
	public Pair findByG_S_First(
			long groupId, String status,
			OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = fetchByG_S_First(groupId, status, orderByComparator);

		if (pair != null) {
			return pair;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchPairException(sb.toString());
	}

	/**
	 * Returns the first pair in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public Pair fetchByG_S_First(
		long groupId, String status,
		OrderByComparator<Pair> orderByComparator) {

		List<Pair> list = findByG_S(groupId, status, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	@Override
	public Pair findByG_S_Last(
			long groupId, String status,
			OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = fetchByG_S_Last(groupId, status, orderByComparator);

		if (pair != null) {
			return pair;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchPairException(sb.toString());
	}

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public Pair fetchByG_S_Last(
		long groupId, String status,
		OrderByComparator<Pair> orderByComparator) {

		int count = countByG_S(groupId, status);

		if (count == 0) {
			return null;
		}

		List<Pair> list = findByG_S(
			groupId, status, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the pairs before and after the current pair in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	@Override
	public Pair[] findByG_S_PrevAndNext(
			long pairId, long groupId, String status,
			OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		status = Objects.toString(status, "");

		Pair pair = findByPrimaryKey(pairId);

		Session session = null;

		try {
			session = openSession();

			Pair[] array = new PairImpl[3];

			array[0] = getByG_S_PrevAndNext(
				session, pair, groupId, status, orderByComparator, true);

			array[1] = pair;

			array[2] = getByG_S_PrevAndNext(
				session, pair, groupId, status, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Pair getByG_S_PrevAndNext(
		Session session, Pair pair, long groupId, String status,
		OrderByComparator<Pair> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_PAIR_WHERE);

		sb.append(_FINDER_COLUMN_G_S_GROUPID_2);

		boolean bindStatus = false;

		if (status.isEmpty()) {
			sb.append(_FINDER_COLUMN_G_S_STATUS_3);
		}
		else {
			bindStatus = true;

			sb.append(_FINDER_COLUMN_G_S_STATUS_2);
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
			sb.append(PairModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		if (bindStatus) {
			queryPos.add(status);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(pair)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Pair> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the pairs where groupId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 */
	@Override
	public void removeByG_S(long groupId, String status) {
		for (Pair pair :
				findByG_S(
					groupId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(pair);
		}
	}

	/**
	 * Returns the number of pairs where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching pairs
	 */
	@Override
	public int countByG_S(long groupId, String status) {
		status = Objects.toString(status, "");

		FinderPath finderPath = _finderPathCountByG_S;

		Object[] finderArgs = new Object[] {groupId, status};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_PAIR_WHERE);

			sb.append(_FINDER_COLUMN_G_S_GROUPID_2);

			boolean bindStatus = false;

			if (status.isEmpty()) {
				sb.append(_FINDER_COLUMN_G_S_STATUS_3);
			}
			else {
				bindStatus = true;

				sb.append(_FINDER_COLUMN_G_S_STATUS_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				if (bindStatus) {
					queryPos.add(status);
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

	private static final String _FINDER_COLUMN_G_S_GROUPID_2 =
		"pair.groupId = ? AND ";

	private static final String _FINDER_COLUMN_G_S_STATUS_2 = "pair.status = ?";

	private static final String _FINDER_COLUMN_G_S_STATUS_3 =
		"(pair.status IS NULL OR pair.status = '')";

	private FinderPath _finderPathWithPaginationFindByG_P_S;
	private FinderPath _finderPathWithoutPaginationFindByG_P_S;
	private FinderPath _finderPathCountByG_P_S;

	/**
	 * Returns all the pairs where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @return the matching pairs
	 */
	@Override
	public List<Pair> findByG_P_S(long groupId, long programId, String status) {
		return findByG_P_S(
			groupId, programId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
			null);
	}

	/**
	 * Returns a range of all the pairs where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of matching pairs
	 */
	@Override
	public List<Pair> findByG_P_S(
		long groupId, long programId, String status, int start, int end) {

		return findByG_P_S(groupId, programId, status, start, end, null);
	}

	/**
	 * Returns an ordered range of all the pairs where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pairs
	 */
	@Override
	public List<Pair> findByG_P_S(
		long groupId, long programId, String status, int start, int end,
		OrderByComparator<Pair> orderByComparator) {

		return findByG_P_S(
			groupId, programId, status, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the pairs where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pairs
	 */
	@Override
	public List<Pair> findByG_P_S(
		long groupId, long programId, String status, int start, int end,
		OrderByComparator<Pair> orderByComparator, boolean useFinderCache) {

		status = Objects.toString(status, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByG_P_S;
				finderArgs = new Object[] {groupId, programId, status};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByG_P_S;
			finderArgs = new Object[] {
				groupId, programId, status, start, end, orderByComparator
			};
		}

		List<Pair> list = null;

		if (useFinderCache) {
			list = (List<Pair>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Pair pair : list) {
					if ((groupId != pair.getGroupId()) ||
						(programId != pair.getProgramId()) ||
						!status.equals(pair.getStatus())) {

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
					5 + (orderByComparator.getOrderByFields().length * 2));
			}
			else {
				sb = new StringBundler(5);
			}

			sb.append(_SQL_SELECT_PAIR_WHERE);

			sb.append(_FINDER_COLUMN_G_P_S_GROUPID_2);

			sb.append(_FINDER_COLUMN_G_P_S_PROGRAMID_2);

			boolean bindStatus = false;

			if (status.isEmpty()) {
				sb.append(_FINDER_COLUMN_G_P_S_STATUS_3);
			}
			else {
				bindStatus = true;

				sb.append(_FINDER_COLUMN_G_P_S_STATUS_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(PairModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				queryPos.add(programId);

				if (bindStatus) {
					queryPos.add(status);
				}

				list = (List<Pair>)QueryUtil.list(
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
	 * Returns the first pair in the ordered set where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	@Override
	public Pair findByG_P_S_First(
			long groupId, long programId, String status,
			OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = fetchByG_P_S_First(
			groupId, programId, status, orderByComparator);

		if (pair != null) {
			return pair;
		}

		StringBundler sb = new StringBundler(8);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", programId=");
		sb.append(programId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchPairException(sb.toString());
	}

	/**
	 * Returns the first pair in the ordered set where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public Pair fetchByG_P_S_First(
		long groupId, long programId, String status,
		OrderByComparator<Pair> orderByComparator) {

		List<Pair> list = findByG_P_S(
			groupId, programId, status, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	@Override
	public Pair findByG_P_S_Last(
			long groupId, long programId, String status,
			OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = fetchByG_P_S_Last(
			groupId, programId, status, orderByComparator);

		if (pair != null) {
			return pair;
		}

		StringBundler sb = new StringBundler(8);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", programId=");
		sb.append(programId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchPairException(sb.toString());
	}

	/**
	 * Returns the last pair in the ordered set where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public Pair fetchByG_P_S_Last(
		long groupId, long programId, String status,
		OrderByComparator<Pair> orderByComparator) {

		int count = countByG_P_S(groupId, programId, status);

		if (count == 0) {
			return null;
		}

		List<Pair> list = findByG_P_S(
			groupId, programId, status, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the pairs before and after the current pair in the ordered set where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	@Override
	public Pair[] findByG_P_S_PrevAndNext(
			long pairId, long groupId, long programId, String status,
			OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		status = Objects.toString(status, "");

		Pair pair = findByPrimaryKey(pairId);

		Session session = null;

		try {
			session = openSession();

			Pair[] array = new PairImpl[3];

			array[0] = getByG_P_S_PrevAndNext(
				session, pair, groupId, programId, status, orderByComparator,
				true);

			array[1] = pair;

			array[2] = getByG_P_S_PrevAndNext(
				session, pair, groupId, programId, status, orderByComparator,
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

	protected Pair getByG_P_S_PrevAndNext(
		Session session, Pair pair, long groupId, long programId, String status,
		OrderByComparator<Pair> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				6 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(5);
		}

		sb.append(_SQL_SELECT_PAIR_WHERE);

		sb.append(_FINDER_COLUMN_G_P_S_GROUPID_2);

		sb.append(_FINDER_COLUMN_G_P_S_PROGRAMID_2);

		boolean bindStatus = false;

		if (status.isEmpty()) {
			sb.append(_FINDER_COLUMN_G_P_S_STATUS_3);
		}
		else {
			bindStatus = true;

			sb.append(_FINDER_COLUMN_G_P_S_STATUS_2);
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
			sb.append(PairModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		queryPos.add(programId);

		if (bindStatus) {
			queryPos.add(status);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(pair)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Pair> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the pairs where groupId = &#63; and programId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 */
	@Override
	public void removeByG_P_S(long groupId, long programId, String status) {
		for (Pair pair :
				findByG_P_S(
					groupId, programId, status, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			remove(pair);
		}
	}

	/**
	 * Returns the number of pairs where groupId = &#63; and programId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param programId the program ID
	 * @param status the status
	 * @return the number of matching pairs
	 */
	@Override
	public int countByG_P_S(long groupId, long programId, String status) {
		status = Objects.toString(status, "");

		FinderPath finderPath = _finderPathCountByG_P_S;

		Object[] finderArgs = new Object[] {groupId, programId, status};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_COUNT_PAIR_WHERE);

			sb.append(_FINDER_COLUMN_G_P_S_GROUPID_2);

			sb.append(_FINDER_COLUMN_G_P_S_PROGRAMID_2);

			boolean bindStatus = false;

			if (status.isEmpty()) {
				sb.append(_FINDER_COLUMN_G_P_S_STATUS_3);
			}
			else {
				bindStatus = true;

				sb.append(_FINDER_COLUMN_G_P_S_STATUS_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				queryPos.add(programId);

				if (bindStatus) {
					queryPos.add(status);
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

	private static final String _FINDER_COLUMN_G_P_S_GROUPID_2 =
		"pair.groupId = ? AND ";

	private static final String _FINDER_COLUMN_G_P_S_PROGRAMID_2 =
		"pair.programId = ? AND ";

	private static final String _FINDER_COLUMN_G_P_S_STATUS_2 =
		"pair.status = ?";

	private static final String _FINDER_COLUMN_G_P_S_STATUS_3 =
		"(pair.status IS NULL OR pair.status = '')";

	private FinderPath _finderPathWithPaginationFindByMentorUserId;
	private FinderPath _finderPathWithoutPaginationFindByMentorUserId;
	private FinderPath _finderPathCountByMentorUserId;

	/**
	 * Returns all the pairs where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @return the matching pairs
	 */
	@Override
	public List<Pair> findByMentorUserId(long mentorUserId) {
		return findByMentorUserId(
			mentorUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the pairs where mentorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param mentorUserId the mentor user ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of matching pairs
	 */
	@Override
	public List<Pair> findByMentorUserId(
		long mentorUserId, int start, int end) {

		return findByMentorUserId(mentorUserId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the pairs where mentorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param mentorUserId the mentor user ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pairs
	 */
	@Override
	public List<Pair> findByMentorUserId(
		long mentorUserId, int start, int end,
		OrderByComparator<Pair> orderByComparator) {

		return findByMentorUserId(
			mentorUserId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the pairs where mentorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param mentorUserId the mentor user ID
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pairs
	 */
	@Override
	public List<Pair> findByMentorUserId(
		long mentorUserId, int start, int end,
		OrderByComparator<Pair> orderByComparator, boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByMentorUserId;
				finderArgs = new Object[] {mentorUserId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByMentorUserId;
			finderArgs = new Object[] {
				mentorUserId, start, end, orderByComparator
			};
		}

		List<Pair> list = null;

		if (useFinderCache) {
			list = (List<Pair>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Pair pair : list) {
					if (mentorUserId != pair.getMentorUserId()) {
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

			sb.append(_SQL_SELECT_PAIR_WHERE);

			sb.append(_FINDER_COLUMN_MENTORUSERID_MENTORUSERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(PairModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(mentorUserId);

				list = (List<Pair>)QueryUtil.list(
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
	 * Returns the first pair in the ordered set where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	@Override
	public Pair findByMentorUserId_First(
			long mentorUserId, OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = fetchByMentorUserId_First(mentorUserId, orderByComparator);

		if (pair != null) {
			return pair;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("mentorUserId=");
		sb.append(mentorUserId);

		sb.append("}");

		throw new NoSuchPairException(sb.toString());
	}

	/**
	 * Returns the first pair in the ordered set where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public Pair fetchByMentorUserId_First(
		long mentorUserId, OrderByComparator<Pair> orderByComparator) {

		List<Pair> list = findByMentorUserId(
			mentorUserId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last pair in the ordered set where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair
	 * @throws NoSuchPairException if a matching pair could not be found
	 */
	@Override
	public Pair findByMentorUserId_Last(
			long mentorUserId, OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = fetchByMentorUserId_Last(mentorUserId, orderByComparator);

		if (pair != null) {
			return pair;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("mentorUserId=");
		sb.append(mentorUserId);

		sb.append("}");

		throw new NoSuchPairException(sb.toString());
	}

	/**
	 * Returns the last pair in the ordered set where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public Pair fetchByMentorUserId_Last(
		long mentorUserId, OrderByComparator<Pair> orderByComparator) {

		int count = countByMentorUserId(mentorUserId);

		if (count == 0) {
			return null;
		}

		List<Pair> list = findByMentorUserId(
			mentorUserId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the pairs before and after the current pair in the ordered set where mentorUserId = &#63;.
	 *
	 * @param pairId the primary key of the current pair
	 * @param mentorUserId the mentor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	@Override
	public Pair[] findByMentorUserId_PrevAndNext(
			long pairId, long mentorUserId,
			OrderByComparator<Pair> orderByComparator)
		throws NoSuchPairException {

		Pair pair = findByPrimaryKey(pairId);

		Session session = null;

		try {
			session = openSession();

			Pair[] array = new PairImpl[3];

			array[0] = getByMentorUserId_PrevAndNext(
				session, pair, mentorUserId, orderByComparator, true);

			array[1] = pair;

			array[2] = getByMentorUserId_PrevAndNext(
				session, pair, mentorUserId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Pair getByMentorUserId_PrevAndNext(
		Session session, Pair pair, long mentorUserId,
		OrderByComparator<Pair> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_PAIR_WHERE);

		sb.append(_FINDER_COLUMN_MENTORUSERID_MENTORUSERID_2);

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
			sb.append(PairModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(mentorUserId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(pair)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Pair> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the pairs where mentorUserId = &#63; from the database.
	 *
	 * @param mentorUserId the mentor user ID
	 */
	@Override
	public void removeByMentorUserId(long mentorUserId) {
		for (Pair pair :
				findByMentorUserId(
					mentorUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(pair);
		}
	}

	/**
	 * Returns the number of pairs where mentorUserId = &#63;.
	 *
	 * @param mentorUserId the mentor user ID
	 * @return the number of matching pairs
	 */
	@Override
	public int countByMentorUserId(long mentorUserId) {
		FinderPath finderPath = _finderPathCountByMentorUserId;

		Object[] finderArgs = new Object[] {mentorUserId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_PAIR_WHERE);

			sb.append(_FINDER_COLUMN_MENTORUSERID_MENTORUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(mentorUserId);

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

	private static final String _FINDER_COLUMN_MENTORUSERID_MENTORUSERID_2 =
		"pair.mentorUserId = ?";

	public PairPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("uuid", "uuid_");

		setDBColumnNames(dbColumnNames);

		setModelClass(Pair.class);

		setModelImplClass(PairImpl.class);
		setModelPKClass(long.class);

		setTable(PairTable.INSTANCE);
	}

	/**
	 * Caches the pair in the entity cache if it is enabled.
	 *
	 * @param pair the pair
	 */
	@Override
	public void cacheResult(Pair pair) {
		entityCache.putResult(PairImpl.class, pair.getPrimaryKey(), pair);

		finderCache.putResult(
			_finderPathFetchByUUID_G,
			new Object[] {pair.getUuid(), pair.getGroupId()}, pair);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the pairs in the entity cache if it is enabled.
	 *
	 * @param pairs the pairs
	 */
	@Override
	public void cacheResult(List<Pair> pairs) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (pairs.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (Pair pair : pairs) {
			if (entityCache.getResult(PairImpl.class, pair.getPrimaryKey()) ==
					null) {

				cacheResult(pair);
			}
		}
	}

	/**
	 * Clears the cache for all pairs.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(PairImpl.class);

		finderCache.clearCache(PairImpl.class);
	}

	/**
	 * Clears the cache for the pair.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(Pair pair) {
		entityCache.removeResult(PairImpl.class, pair);
	}

	@Override
	public void clearCache(List<Pair> pairs) {
		for (Pair pair : pairs) {
			entityCache.removeResult(PairImpl.class, pair);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(PairImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(PairImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(PairModelImpl pairModelImpl) {
		Object[] args = new Object[] {
			pairModelImpl.getUuid(), pairModelImpl.getGroupId()
		};

		finderCache.putResult(_finderPathFetchByUUID_G, args, pairModelImpl);
	}

	/**
	 * Creates a new pair with the primary key. Does not add the pair to the database.
	 *
	 * @param pairId the primary key for the new pair
	 * @return the new pair
	 */
	@Override
	public Pair create(long pairId) {
		Pair pair = new PairImpl();

		pair.setNew(true);
		pair.setPrimaryKey(pairId);

		String uuid = PortalUUIDUtil.generate();

		pair.setUuid(uuid);

		pair.setCompanyId(CompanyThreadLocal.getCompanyId());

		return pair;
	}

	/**
	 * Removes the pair with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param pairId the primary key of the pair
	 * @return the pair that was removed
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	@Override
	public Pair remove(long pairId) throws NoSuchPairException {
		return remove((Serializable)pairId);
	}

	/**
	 * Removes the pair with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the pair
	 * @return the pair that was removed
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	@Override
	public Pair remove(Serializable primaryKey) throws NoSuchPairException {
		Session session = null;

		try {
			session = openSession();

			Pair pair = (Pair)session.get(PairImpl.class, primaryKey);

			if (pair == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchPairException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(pair);
		}
		catch (NoSuchPairException noSuchEntityException) {
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
	protected Pair removeImpl(Pair pair) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(pair)) {
				pair = (Pair)session.get(
					PairImpl.class, pair.getPrimaryKeyObj());
			}

			if (pair != null) {
				session.delete(pair);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (pair != null) {
			clearCache(pair);
		}

		return pair;
	}

	@Override
	public Pair updateImpl(Pair pair) {
		boolean isNew = pair.isNew();

		if (!(pair instanceof PairModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(pair.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(pair);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in pair proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom Pair implementation " +
					pair.getClass());
		}

		PairModelImpl pairModelImpl = (PairModelImpl)pair;

		if (Validator.isNull(pair.getUuid())) {
			String uuid = PortalUUIDUtil.generate();

			pair.setUuid(uuid);
		}

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (pair.getCreateDate() == null)) {
			if (serviceContext == null) {
				pair.setCreateDate(date);
			}
			else {
				pair.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!pairModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				pair.setModifiedDate(date);
			}
			else {
				pair.setModifiedDate(serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(pair);
			}
			else {
				pair = (Pair)session.merge(pair);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(PairImpl.class, pairModelImpl, false, true);

		cacheUniqueFindersCache(pairModelImpl);

		if (isNew) {
			pair.setNew(false);
		}

		pair.resetOriginalValues();

		return pair;
	}

	/**
	 * Returns the pair with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the pair
	 * @return the pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	@Override
	public Pair findByPrimaryKey(Serializable primaryKey)
		throws NoSuchPairException {

		Pair pair = fetchByPrimaryKey(primaryKey);

		if (pair == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchPairException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return pair;
	}

	/**
	 * Returns the pair with the primary key or throws a <code>NoSuchPairException</code> if it could not be found.
	 *
	 * @param pairId the primary key of the pair
	 * @return the pair
	 * @throws NoSuchPairException if a pair with the primary key could not be found
	 */
	@Override
	public Pair findByPrimaryKey(long pairId) throws NoSuchPairException {
		return findByPrimaryKey((Serializable)pairId);
	}

	/**
	 * Returns the pair with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param pairId the primary key of the pair
	 * @return the pair, or <code>null</code> if a pair with the primary key could not be found
	 */
	@Override
	public Pair fetchByPrimaryKey(long pairId) {
		return fetchByPrimaryKey((Serializable)pairId);
	}

	/**
	 * Returns all the pairs.
	 *
	 * @return the pairs
	 */
	@Override
	public List<Pair> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the pairs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of pairs
	 */
	@Override
	public List<Pair> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the pairs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of pairs
	 */
	@Override
	public List<Pair> findAll(
		int start, int end, OrderByComparator<Pair> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the pairs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of pairs
	 */
	@Override
	public List<Pair> findAll(
		int start, int end, OrderByComparator<Pair> orderByComparator,
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

		List<Pair> list = null;

		if (useFinderCache) {
			list = (List<Pair>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_PAIR);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_PAIR;

				sql = sql.concat(PairModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<Pair>)QueryUtil.list(
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
	 * Removes all the pairs from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (Pair pair : findAll()) {
			remove(pair);
		}
	}

	/**
	 * Returns the number of pairs.
	 *
	 * @return the number of pairs
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_PAIR);

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
		return "pairId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_PAIR;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return PairModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the pair persistence.
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

		_finderPathWithPaginationFindByGroupId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByGroupId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"groupId"}, true);

		_finderPathWithoutPaginationFindByGroupId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByGroupId",
			new String[] {Long.class.getName()}, new String[] {"groupId"},
			true);

		_finderPathCountByGroupId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByGroupId",
			new String[] {Long.class.getName()}, new String[] {"groupId"},
			false);

		_finderPathWithPaginationFindByG_P = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByG_P",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"groupId", "programId"}, true);

		_finderPathWithoutPaginationFindByG_P = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByG_P",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"groupId", "programId"}, true);

		_finderPathCountByG_P = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByG_P",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"groupId", "programId"}, false);

		_finderPathWithPaginationFindByG_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByG_S",
			new String[] {
				Long.class.getName(), String.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"groupId", "status"}, true);

		_finderPathWithoutPaginationFindByG_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByG_S",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"groupId", "status"}, true);

		_finderPathCountByG_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByG_S",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"groupId", "status"}, false);

		_finderPathWithPaginationFindByG_P_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByG_P_S",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				String.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"groupId", "programId", "status"}, true);

		_finderPathWithoutPaginationFindByG_P_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByG_P_S",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				String.class.getName()
			},
			new String[] {"groupId", "programId", "status"}, true);

		_finderPathCountByG_P_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByG_P_S",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				String.class.getName()
			},
			new String[] {"groupId", "programId", "status"}, false);

		_finderPathWithPaginationFindByMentorUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByMentorUserId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"mentorUserId"}, true);

		_finderPathWithoutPaginationFindByMentorUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByMentorUserId",
			new String[] {Long.class.getName()}, new String[] {"mentorUserId"},
			true);

		_finderPathCountByMentorUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByMentorUserId",
			new String[] {Long.class.getName()}, new String[] {"mentorUserId"},
			false);

		PairUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		PairUtil.setPersistence(null);

		entityCache.removeCache(PairImpl.class.getName());
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

	private static final String _SQL_SELECT_PAIR = "SELECT pair FROM Pair pair";

	private static final String _SQL_SELECT_PAIR_WHERE =
		"SELECT pair FROM Pair pair WHERE ";

	private static final String _SQL_COUNT_PAIR =
		"SELECT COUNT(pair) FROM Pair pair";

	private static final String _SQL_COUNT_PAIR_WHERE =
		"SELECT COUNT(pair) FROM Pair pair WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "pair.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No Pair exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No Pair exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		PairPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"uuid"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}