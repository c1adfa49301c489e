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
import com.liferay.portal.kernel.util.ArrayUtil;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.ProxyUtil;
import com.liferay.portal.kernel.util.SetUtil;
import com.liferay.portal.kernel.util.StringUtil;
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

import org.nastavnik.liferay.exception.NoSuchPairMemberException;
import org.nastavnik.liferay.model.PairMember;
import org.nastavnik.liferay.model.PairMemberTable;
import org.nastavnik.liferay.model.impl.PairMemberImpl;
import org.nastavnik.liferay.model.impl.PairMemberModelImpl;
import org.nastavnik.liferay.service.persistence.PairMemberPersistence;
import org.nastavnik.liferay.service.persistence.PairMemberUtil;
import org.nastavnik.liferay.service.persistence.impl.constants.NastavnikPersistenceConstants;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The persistence implementation for the pair member service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @generated
 */
@Component(service = PairMemberPersistence.class)
public class PairMemberPersistenceImpl
	extends BasePersistenceImpl<PairMember> implements PairMemberPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>PairMemberUtil</code> to access the pair member persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		PairMemberImpl.class.getName();

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
	 * Returns all the pair members where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching pair members
	 */
	@Override
	public List<PairMember> findByUuid(String uuid) {
		return findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the pair members where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @return the range of matching pair members
	 */
	@Override
	public List<PairMember> findByUuid(String uuid, int start, int end) {
		return findByUuid(uuid, start, end, null);
	}

	/**
	 * Returns an ordered range of all the pair members where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pair members
	 */
	@Override
	public List<PairMember> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<PairMember> orderByComparator) {

		return findByUuid(uuid, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the pair members where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pair members
	 */
	@Override
	public List<PairMember> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<PairMember> orderByComparator,
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

		List<PairMember> list = null;

		if (useFinderCache) {
			list = (List<PairMember>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (PairMember pairMember : list) {
					if (!uuid.equals(pairMember.getUuid())) {
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

			sb.append(_SQL_SELECT_PAIRMEMBER_WHERE);

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
				sb.append(PairMemberModelImpl.ORDER_BY_JPQL);
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

				list = (List<PairMember>)QueryUtil.list(
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
	 * Returns the first pair member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	@Override
	public PairMember findByUuid_First(
			String uuid, OrderByComparator<PairMember> orderByComparator)
		throws NoSuchPairMemberException {

		PairMember pairMember = fetchByUuid_First(uuid, orderByComparator);

		if (pairMember != null) {
			return pairMember;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchPairMemberException(sb.toString());
	}

	/**
	 * Returns the first pair member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	@Override
	public PairMember fetchByUuid_First(
		String uuid, OrderByComparator<PairMember> orderByComparator) {

		List<PairMember> list = findByUuid(uuid, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last pair member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	@Override
	public PairMember findByUuid_Last(
			String uuid, OrderByComparator<PairMember> orderByComparator)
		throws NoSuchPairMemberException {

		PairMember pairMember = fetchByUuid_Last(uuid, orderByComparator);

		if (pairMember != null) {
			return pairMember;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchPairMemberException(sb.toString());
	}

	/**
	 * Returns the last pair member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	@Override
	public PairMember fetchByUuid_Last(
		String uuid, OrderByComparator<PairMember> orderByComparator) {

		int count = countByUuid(uuid);

		if (count == 0) {
			return null;
		}

		List<PairMember> list = findByUuid(
			uuid, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the pair members before and after the current pair member in the ordered set where uuid = &#63;.
	 *
	 * @param pairMemberId the primary key of the current pair member
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair member
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	@Override
	public PairMember[] findByUuid_PrevAndNext(
			long pairMemberId, String uuid,
			OrderByComparator<PairMember> orderByComparator)
		throws NoSuchPairMemberException {

		uuid = Objects.toString(uuid, "");

		PairMember pairMember = findByPrimaryKey(pairMemberId);

		Session session = null;

		try {
			session = openSession();

			PairMember[] array = new PairMemberImpl[3];

			array[0] = getByUuid_PrevAndNext(
				session, pairMember, uuid, orderByComparator, true);

			array[1] = pairMember;

			array[2] = getByUuid_PrevAndNext(
				session, pairMember, uuid, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected PairMember getByUuid_PrevAndNext(
		Session session, PairMember pairMember, String uuid,
		OrderByComparator<PairMember> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_PAIRMEMBER_WHERE);

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
			sb.append(PairMemberModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(pairMember)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<PairMember> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the pair members where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	@Override
	public void removeByUuid(String uuid) {
		for (PairMember pairMember :
				findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(pairMember);
		}
	}

	/**
	 * Returns the number of pair members where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching pair members
	 */
	@Override
	public int countByUuid(String uuid) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid;

		Object[] finderArgs = new Object[] {uuid};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_PAIRMEMBER_WHERE);

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
		"pairMember.uuid = ?";

	private static final String _FINDER_COLUMN_UUID_UUID_3 =
		"(pairMember.uuid IS NULL OR pairMember.uuid = '')";

	private FinderPath _finderPathFetchByUUID_G;

	/**
	 * Returns the pair member where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchPairMemberException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	@Override
	public PairMember findByUUID_G(String uuid, long groupId)
		throws NoSuchPairMemberException {

		PairMember pairMember = fetchByUUID_G(uuid, groupId);

		if (pairMember == null) {
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

			throw new NoSuchPairMemberException(sb.toString());
		}

		return pairMember;
	}

	/**
	 * Returns the pair member where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	@Override
	public PairMember fetchByUUID_G(String uuid, long groupId) {
		return fetchByUUID_G(uuid, groupId, true);
	}

	/**
	 * Returns the pair member where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	@Override
	public PairMember fetchByUUID_G(
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

		if (result instanceof PairMember) {
			PairMember pairMember = (PairMember)result;

			if (!Objects.equals(uuid, pairMember.getUuid()) ||
				(groupId != pairMember.getGroupId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_PAIRMEMBER_WHERE);

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

				List<PairMember> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByUUID_G, finderArgs, list);
					}
				}
				else {
					PairMember pairMember = list.get(0);

					result = pairMember;

					cacheResult(pairMember);
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
			return (PairMember)result;
		}
	}

	/**
	 * Removes the pair member where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the pair member that was removed
	 */
	@Override
	public PairMember removeByUUID_G(String uuid, long groupId)
		throws NoSuchPairMemberException {

		PairMember pairMember = findByUUID_G(uuid, groupId);

		return remove(pairMember);
	}

	/**
	 * Returns the number of pair members where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching pair members
	 */
	@Override
	public int countByUUID_G(String uuid, long groupId) {
		PairMember pairMember = fetchByUUID_G(uuid, groupId);

		if (pairMember == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_UUID_G_UUID_2 =
		"pairMember.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_G_UUID_3 =
		"(pairMember.uuid IS NULL OR pairMember.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_G_GROUPID_2 =
		"pairMember.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByUuid_C;
	private FinderPath _finderPathWithoutPaginationFindByUuid_C;
	private FinderPath _finderPathCountByUuid_C;

	/**
	 * Returns all the pair members where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching pair members
	 */
	@Override
	public List<PairMember> findByUuid_C(String uuid, long companyId) {
		return findByUuid_C(
			uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the pair members where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @return the range of matching pair members
	 */
	@Override
	public List<PairMember> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return findByUuid_C(uuid, companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the pair members where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pair members
	 */
	@Override
	public List<PairMember> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<PairMember> orderByComparator) {

		return findByUuid_C(
			uuid, companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the pair members where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pair members
	 */
	@Override
	public List<PairMember> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<PairMember> orderByComparator,
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

		List<PairMember> list = null;

		if (useFinderCache) {
			list = (List<PairMember>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (PairMember pairMember : list) {
					if (!uuid.equals(pairMember.getUuid()) ||
						(companyId != pairMember.getCompanyId())) {

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

			sb.append(_SQL_SELECT_PAIRMEMBER_WHERE);

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
				sb.append(PairMemberModelImpl.ORDER_BY_JPQL);
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

				list = (List<PairMember>)QueryUtil.list(
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
	 * Returns the first pair member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	@Override
	public PairMember findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<PairMember> orderByComparator)
		throws NoSuchPairMemberException {

		PairMember pairMember = fetchByUuid_C_First(
			uuid, companyId, orderByComparator);

		if (pairMember != null) {
			return pairMember;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchPairMemberException(sb.toString());
	}

	/**
	 * Returns the first pair member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	@Override
	public PairMember fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<PairMember> orderByComparator) {

		List<PairMember> list = findByUuid_C(
			uuid, companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last pair member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	@Override
	public PairMember findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<PairMember> orderByComparator)
		throws NoSuchPairMemberException {

		PairMember pairMember = fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);

		if (pairMember != null) {
			return pairMember;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchPairMemberException(sb.toString());
	}

	/**
	 * Returns the last pair member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	@Override
	public PairMember fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<PairMember> orderByComparator) {

		int count = countByUuid_C(uuid, companyId);

		if (count == 0) {
			return null;
		}

		List<PairMember> list = findByUuid_C(
			uuid, companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the pair members before and after the current pair member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param pairMemberId the primary key of the current pair member
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair member
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	@Override
	public PairMember[] findByUuid_C_PrevAndNext(
			long pairMemberId, String uuid, long companyId,
			OrderByComparator<PairMember> orderByComparator)
		throws NoSuchPairMemberException {

		uuid = Objects.toString(uuid, "");

		PairMember pairMember = findByPrimaryKey(pairMemberId);

		Session session = null;

		try {
			session = openSession();

			PairMember[] array = new PairMemberImpl[3];

			array[0] = getByUuid_C_PrevAndNext(
				session, pairMember, uuid, companyId, orderByComparator, true);

			array[1] = pairMember;

			array[2] = getByUuid_C_PrevAndNext(
				session, pairMember, uuid, companyId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected PairMember getByUuid_C_PrevAndNext(
		Session session, PairMember pairMember, String uuid, long companyId,
		OrderByComparator<PairMember> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_PAIRMEMBER_WHERE);

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
			sb.append(PairMemberModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(pairMember)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<PairMember> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the pair members where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	@Override
	public void removeByUuid_C(String uuid, long companyId) {
		for (PairMember pairMember :
				findByUuid_C(
					uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(pairMember);
		}
	}

	/**
	 * Returns the number of pair members where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching pair members
	 */
	@Override
	public int countByUuid_C(String uuid, long companyId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid_C;

		Object[] finderArgs = new Object[] {uuid, companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_PAIRMEMBER_WHERE);

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
		"pairMember.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_C_UUID_3 =
		"(pairMember.uuid IS NULL OR pairMember.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_C_COMPANYID_2 =
		"pairMember.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByPairId;
	private FinderPath _finderPathWithoutPaginationFindByPairId;
	private FinderPath _finderPathCountByPairId;
	private FinderPath _finderPathWithPaginationCountByPairId;

	/**
	 * Returns all the pair members where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @return the matching pair members
	 */
	@Override
	public List<PairMember> findByPairId(long pairId) {
		return findByPairId(pairId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the pair members where pairId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param pairId the pair ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @return the range of matching pair members
	 */
	@Override
	public List<PairMember> findByPairId(long pairId, int start, int end) {
		return findByPairId(pairId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the pair members where pairId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param pairId the pair ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pair members
	 */
	@Override
	public List<PairMember> findByPairId(
		long pairId, int start, int end,
		OrderByComparator<PairMember> orderByComparator) {

		return findByPairId(pairId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the pair members where pairId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param pairId the pair ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pair members
	 */
	@Override
	public List<PairMember> findByPairId(
		long pairId, int start, int end,
		OrderByComparator<PairMember> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByPairId;
				finderArgs = new Object[] {pairId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByPairId;
			finderArgs = new Object[] {pairId, start, end, orderByComparator};
		}

		List<PairMember> list = null;

		if (useFinderCache) {
			list = (List<PairMember>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (PairMember pairMember : list) {
					if (pairId != pairMember.getPairId()) {
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

			sb.append(_SQL_SELECT_PAIRMEMBER_WHERE);

			sb.append(_FINDER_COLUMN_PAIRID_PAIRID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(PairMemberModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(pairId);

				list = (List<PairMember>)QueryUtil.list(
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
	 * Returns the first pair member in the ordered set where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	@Override
	public PairMember findByPairId_First(
			long pairId, OrderByComparator<PairMember> orderByComparator)
		throws NoSuchPairMemberException {

		PairMember pairMember = fetchByPairId_First(pairId, orderByComparator);

		if (pairMember != null) {
			return pairMember;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("pairId=");
		sb.append(pairId);

		sb.append("}");

		throw new NoSuchPairMemberException(sb.toString());
	}

	/**
	 * Returns the first pair member in the ordered set where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	@Override
	public PairMember fetchByPairId_First(
		long pairId, OrderByComparator<PairMember> orderByComparator) {

		List<PairMember> list = findByPairId(pairId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last pair member in the ordered set where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	@Override
	public PairMember findByPairId_Last(
			long pairId, OrderByComparator<PairMember> orderByComparator)
		throws NoSuchPairMemberException {

		PairMember pairMember = fetchByPairId_Last(pairId, orderByComparator);

		if (pairMember != null) {
			return pairMember;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("pairId=");
		sb.append(pairId);

		sb.append("}");

		throw new NoSuchPairMemberException(sb.toString());
	}

	/**
	 * Returns the last pair member in the ordered set where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	@Override
	public PairMember fetchByPairId_Last(
		long pairId, OrderByComparator<PairMember> orderByComparator) {

		int count = countByPairId(pairId);

		if (count == 0) {
			return null;
		}

		List<PairMember> list = findByPairId(
			pairId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the pair members before and after the current pair member in the ordered set where pairId = &#63;.
	 *
	 * @param pairMemberId the primary key of the current pair member
	 * @param pairId the pair ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair member
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	@Override
	public PairMember[] findByPairId_PrevAndNext(
			long pairMemberId, long pairId,
			OrderByComparator<PairMember> orderByComparator)
		throws NoSuchPairMemberException {

		PairMember pairMember = findByPrimaryKey(pairMemberId);

		Session session = null;

		try {
			session = openSession();

			PairMember[] array = new PairMemberImpl[3];

			array[0] = getByPairId_PrevAndNext(
				session, pairMember, pairId, orderByComparator, true);

			array[1] = pairMember;

			array[2] = getByPairId_PrevAndNext(
				session, pairMember, pairId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected PairMember getByPairId_PrevAndNext(
		Session session, PairMember pairMember, long pairId,
		OrderByComparator<PairMember> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_PAIRMEMBER_WHERE);

		sb.append(_FINDER_COLUMN_PAIRID_PAIRID_2);

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
			sb.append(PairMemberModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(pairId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(pairMember)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<PairMember> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Returns all the pair members where pairId = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param pairIds the pair IDs
	 * @return the matching pair members
	 */
	@Override
	public List<PairMember> findByPairId(long[] pairIds) {
		return findByPairId(
			pairIds, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the pair members where pairId = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param pairIds the pair IDs
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @return the range of matching pair members
	 */
	@Override
	public List<PairMember> findByPairId(long[] pairIds, int start, int end) {
		return findByPairId(pairIds, start, end, null);
	}

	/**
	 * Returns an ordered range of all the pair members where pairId = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param pairIds the pair IDs
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pair members
	 */
	@Override
	public List<PairMember> findByPairId(
		long[] pairIds, int start, int end,
		OrderByComparator<PairMember> orderByComparator) {

		return findByPairId(pairIds, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the pair members where pairId = &#63;, optionally using the finder cache.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param pairIds the pair IDs
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pair members
	 */
	@Override
	public List<PairMember> findByPairId(
		long[] pairIds, int start, int end,
		OrderByComparator<PairMember> orderByComparator,
		boolean useFinderCache) {

		if (pairIds == null) {
			pairIds = new long[0];
		}
		else if (pairIds.length > 1) {
			pairIds = ArrayUtil.sortedUnique(pairIds);
		}

		if (pairIds.length == 1) {
			return findByPairId(pairIds[0], start, end, orderByComparator);
		}

		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderArgs = new Object[] {StringUtil.merge(pairIds)};
			}
		}
		else if (useFinderCache) {
			finderArgs = new Object[] {
				StringUtil.merge(pairIds), start, end, orderByComparator
			};
		}

		List<PairMember> list = null;

		if (useFinderCache) {
			list = (List<PairMember>)finderCache.getResult(
				_finderPathWithPaginationFindByPairId, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (PairMember pairMember : list) {
					if (!ArrayUtil.contains(pairIds, pairMember.getPairId())) {
						list = null;

						break;
					}
				}
			}
		}

		if (list == null) {
			StringBundler sb = new StringBundler();

			sb.append(_SQL_SELECT_PAIRMEMBER_WHERE);

			if (pairIds.length > 0) {
				sb.append("(");

				sb.append(_FINDER_COLUMN_PAIRID_PAIRID_7);

				sb.append(StringUtil.merge(pairIds));

				sb.append(")");

				sb.append(")");
			}

			sb.setStringAt(
				removeConjunction(sb.stringAt(sb.index() - 1)), sb.index() - 1);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(PairMemberModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<PairMember>)QueryUtil.list(
					query, getDialect(), start, end);

				cacheResult(list);

				if (useFinderCache) {
					finderCache.putResult(
						_finderPathWithPaginationFindByPairId, finderArgs,
						list);
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
	 * Removes all the pair members where pairId = &#63; from the database.
	 *
	 * @param pairId the pair ID
	 */
	@Override
	public void removeByPairId(long pairId) {
		for (PairMember pairMember :
				findByPairId(
					pairId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(pairMember);
		}
	}

	/**
	 * Returns the number of pair members where pairId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @return the number of matching pair members
	 */
	@Override
	public int countByPairId(long pairId) {
		FinderPath finderPath = _finderPathCountByPairId;

		Object[] finderArgs = new Object[] {pairId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_PAIRMEMBER_WHERE);

			sb.append(_FINDER_COLUMN_PAIRID_PAIRID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(pairId);

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

	/**
	 * Returns the number of pair members where pairId = any &#63;.
	 *
	 * @param pairIds the pair IDs
	 * @return the number of matching pair members
	 */
	@Override
	public int countByPairId(long[] pairIds) {
		if (pairIds == null) {
			pairIds = new long[0];
		}
		else if (pairIds.length > 1) {
			pairIds = ArrayUtil.sortedUnique(pairIds);
		}

		Object[] finderArgs = new Object[] {StringUtil.merge(pairIds)};

		Long count = (Long)finderCache.getResult(
			_finderPathWithPaginationCountByPairId, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler();

			sb.append(_SQL_COUNT_PAIRMEMBER_WHERE);

			if (pairIds.length > 0) {
				sb.append("(");

				sb.append(_FINDER_COLUMN_PAIRID_PAIRID_7);

				sb.append(StringUtil.merge(pairIds));

				sb.append(")");

				sb.append(")");
			}

			sb.setStringAt(
				removeConjunction(sb.stringAt(sb.index() - 1)), sb.index() - 1);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				count = (Long)query.uniqueResult();

				finderCache.putResult(
					_finderPathWithPaginationCountByPairId, finderArgs, count);
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

	private static final String _FINDER_COLUMN_PAIRID_PAIRID_2 =
		"pairMember.pairId = ?";

	private static final String _FINDER_COLUMN_PAIRID_PAIRID_7 =
		"pairMember.pairId IN (";

	private FinderPath _finderPathWithPaginationFindByMenteeUserId;
	private FinderPath _finderPathWithoutPaginationFindByMenteeUserId;
	private FinderPath _finderPathCountByMenteeUserId;

	/**
	 * Returns all the pair members where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @return the matching pair members
	 */
	@Override
	public List<PairMember> findByMenteeUserId(long menteeUserId) {
		return findByMenteeUserId(
			menteeUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the pair members where menteeUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param menteeUserId the mentee user ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @return the range of matching pair members
	 */
	@Override
	public List<PairMember> findByMenteeUserId(
		long menteeUserId, int start, int end) {

		return findByMenteeUserId(menteeUserId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the pair members where menteeUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param menteeUserId the mentee user ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching pair members
	 */
	@Override
	public List<PairMember> findByMenteeUserId(
		long menteeUserId, int start, int end,
		OrderByComparator<PairMember> orderByComparator) {

		return findByMenteeUserId(
			menteeUserId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the pair members where menteeUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param menteeUserId the mentee user ID
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching pair members
	 */
	@Override
	public List<PairMember> findByMenteeUserId(
		long menteeUserId, int start, int end,
		OrderByComparator<PairMember> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByMenteeUserId;
				finderArgs = new Object[] {menteeUserId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByMenteeUserId;
			finderArgs = new Object[] {
				menteeUserId, start, end, orderByComparator
			};
		}

		List<PairMember> list = null;

		if (useFinderCache) {
			list = (List<PairMember>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (PairMember pairMember : list) {
					if (menteeUserId != pairMember.getMenteeUserId()) {
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

			sb.append(_SQL_SELECT_PAIRMEMBER_WHERE);

			sb.append(_FINDER_COLUMN_MENTEEUSERID_MENTEEUSERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(PairMemberModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(menteeUserId);

				list = (List<PairMember>)QueryUtil.list(
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
	 * Returns the first pair member in the ordered set where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	@Override
	public PairMember findByMenteeUserId_First(
			long menteeUserId, OrderByComparator<PairMember> orderByComparator)
		throws NoSuchPairMemberException {

		PairMember pairMember = fetchByMenteeUserId_First(
			menteeUserId, orderByComparator);

		if (pairMember != null) {
			return pairMember;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("menteeUserId=");
		sb.append(menteeUserId);

		sb.append("}");

		throw new NoSuchPairMemberException(sb.toString());
	}

	/**
	 * Returns the first pair member in the ordered set where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	@Override
	public PairMember fetchByMenteeUserId_First(
		long menteeUserId, OrderByComparator<PairMember> orderByComparator) {

		List<PairMember> list = findByMenteeUserId(
			menteeUserId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last pair member in the ordered set where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	@Override
	public PairMember findByMenteeUserId_Last(
			long menteeUserId, OrderByComparator<PairMember> orderByComparator)
		throws NoSuchPairMemberException {

		PairMember pairMember = fetchByMenteeUserId_Last(
			menteeUserId, orderByComparator);

		if (pairMember != null) {
			return pairMember;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("menteeUserId=");
		sb.append(menteeUserId);

		sb.append("}");

		throw new NoSuchPairMemberException(sb.toString());
	}

	/**
	 * Returns the last pair member in the ordered set where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	@Override
	public PairMember fetchByMenteeUserId_Last(
		long menteeUserId, OrderByComparator<PairMember> orderByComparator) {

		int count = countByMenteeUserId(menteeUserId);

		if (count == 0) {
			return null;
		}

		List<PairMember> list = findByMenteeUserId(
			menteeUserId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the pair members before and after the current pair member in the ordered set where menteeUserId = &#63;.
	 *
	 * @param pairMemberId the primary key of the current pair member
	 * @param menteeUserId the mentee user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next pair member
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	@Override
	public PairMember[] findByMenteeUserId_PrevAndNext(
			long pairMemberId, long menteeUserId,
			OrderByComparator<PairMember> orderByComparator)
		throws NoSuchPairMemberException {

		PairMember pairMember = findByPrimaryKey(pairMemberId);

		Session session = null;

		try {
			session = openSession();

			PairMember[] array = new PairMemberImpl[3];

			array[0] = getByMenteeUserId_PrevAndNext(
				session, pairMember, menteeUserId, orderByComparator, true);

			array[1] = pairMember;

			array[2] = getByMenteeUserId_PrevAndNext(
				session, pairMember, menteeUserId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected PairMember getByMenteeUserId_PrevAndNext(
		Session session, PairMember pairMember, long menteeUserId,
		OrderByComparator<PairMember> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_PAIRMEMBER_WHERE);

		sb.append(_FINDER_COLUMN_MENTEEUSERID_MENTEEUSERID_2);

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
			sb.append(PairMemberModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(menteeUserId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(pairMember)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<PairMember> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the pair members where menteeUserId = &#63; from the database.
	 *
	 * @param menteeUserId the mentee user ID
	 */
	@Override
	public void removeByMenteeUserId(long menteeUserId) {
		for (PairMember pairMember :
				findByMenteeUserId(
					menteeUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(pairMember);
		}
	}

	/**
	 * Returns the number of pair members where menteeUserId = &#63;.
	 *
	 * @param menteeUserId the mentee user ID
	 * @return the number of matching pair members
	 */
	@Override
	public int countByMenteeUserId(long menteeUserId) {
		FinderPath finderPath = _finderPathCountByMenteeUserId;

		Object[] finderArgs = new Object[] {menteeUserId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_PAIRMEMBER_WHERE);

			sb.append(_FINDER_COLUMN_MENTEEUSERID_MENTEEUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(menteeUserId);

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

	private static final String _FINDER_COLUMN_MENTEEUSERID_MENTEEUSERID_2 =
		"pairMember.menteeUserId = ?";

	private FinderPath _finderPathFetchByP_M;

	/**
	 * Returns the pair member where pairId = &#63; and menteeUserId = &#63; or throws a <code>NoSuchPairMemberException</code> if it could not be found.
	 *
	 * @param pairId the pair ID
	 * @param menteeUserId the mentee user ID
	 * @return the matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	@Override
	public PairMember findByP_M(long pairId, long menteeUserId)
		throws NoSuchPairMemberException {

		PairMember pairMember = fetchByP_M(pairId, menteeUserId);

		if (pairMember == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("pairId=");
			sb.append(pairId);

			sb.append(", menteeUserId=");
			sb.append(menteeUserId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchPairMemberException(sb.toString());
		}

		return pairMember;
	}

	/**
	 * Returns the pair member where pairId = &#63; and menteeUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param pairId the pair ID
	 * @param menteeUserId the mentee user ID
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	@Override
	public PairMember fetchByP_M(long pairId, long menteeUserId) {
		return fetchByP_M(pairId, menteeUserId, true);
	}

	/**
	 * Returns the pair member where pairId = &#63; and menteeUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param pairId the pair ID
	 * @param menteeUserId the mentee user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	@Override
	public PairMember fetchByP_M(
		long pairId, long menteeUserId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {pairId, menteeUserId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByP_M, finderArgs, this);
		}

		if (result instanceof PairMember) {
			PairMember pairMember = (PairMember)result;

			if ((pairId != pairMember.getPairId()) ||
				(menteeUserId != pairMember.getMenteeUserId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_PAIRMEMBER_WHERE);

			sb.append(_FINDER_COLUMN_P_M_PAIRID_2);

			sb.append(_FINDER_COLUMN_P_M_MENTEEUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(pairId);

				queryPos.add(menteeUserId);

				List<PairMember> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByP_M, finderArgs, list);
					}
				}
				else {
					PairMember pairMember = list.get(0);

					result = pairMember;

					cacheResult(pairMember);
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
			return (PairMember)result;
		}
	}

	/**
	 * Removes the pair member where pairId = &#63; and menteeUserId = &#63; from the database.
	 *
	 * @param pairId the pair ID
	 * @param menteeUserId the mentee user ID
	 * @return the pair member that was removed
	 */
	@Override
	public PairMember removeByP_M(long pairId, long menteeUserId)
		throws NoSuchPairMemberException {

		PairMember pairMember = findByP_M(pairId, menteeUserId);

		return remove(pairMember);
	}

	/**
	 * Returns the number of pair members where pairId = &#63; and menteeUserId = &#63;.
	 *
	 * @param pairId the pair ID
	 * @param menteeUserId the mentee user ID
	 * @return the number of matching pair members
	 */
	@Override
	public int countByP_M(long pairId, long menteeUserId) {
		PairMember pairMember = fetchByP_M(pairId, menteeUserId);

		if (pairMember == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_P_M_PAIRID_2 =
		"pairMember.pairId = ? AND ";

	private static final String _FINDER_COLUMN_P_M_MENTEEUSERID_2 =
		"pairMember.menteeUserId = ?";

	private FinderPath _finderPathFetchByP_M_O;

	/**
	 * Returns the pair member where programId = &#63; and menteeUserId = &#63; and openInProgram = &#63; or throws a <code>NoSuchPairMemberException</code> if it could not be found.
	 *
	 * @param programId the program ID
	 * @param menteeUserId the mentee user ID
	 * @param openInProgram the open in program
	 * @return the matching pair member
	 * @throws NoSuchPairMemberException if a matching pair member could not be found
	 */
	@Override
	public PairMember findByP_M_O(
			long programId, long menteeUserId, int openInProgram)
		throws NoSuchPairMemberException {

		PairMember pairMember = fetchByP_M_O(
			programId, menteeUserId, openInProgram);

		if (pairMember == null) {
			StringBundler sb = new StringBundler(8);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("programId=");
			sb.append(programId);

			sb.append(", menteeUserId=");
			sb.append(menteeUserId);

			sb.append(", openInProgram=");
			sb.append(openInProgram);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchPairMemberException(sb.toString());
		}

		return pairMember;
	}

	/**
	 * Returns the pair member where programId = &#63; and menteeUserId = &#63; and openInProgram = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param programId the program ID
	 * @param menteeUserId the mentee user ID
	 * @param openInProgram the open in program
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	@Override
	public PairMember fetchByP_M_O(
		long programId, long menteeUserId, int openInProgram) {

		return fetchByP_M_O(programId, menteeUserId, openInProgram, true);
	}

	/**
	 * Returns the pair member where programId = &#63; and menteeUserId = &#63; and openInProgram = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param programId the program ID
	 * @param menteeUserId the mentee user ID
	 * @param openInProgram the open in program
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	@Override
	public PairMember fetchByP_M_O(
		long programId, long menteeUserId, int openInProgram,
		boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {programId, menteeUserId, openInProgram};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByP_M_O, finderArgs, this);
		}

		if (result instanceof PairMember) {
			PairMember pairMember = (PairMember)result;

			if ((programId != pairMember.getProgramId()) ||
				(menteeUserId != pairMember.getMenteeUserId()) ||
				(openInProgram != pairMember.getOpenInProgram())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(5);

			sb.append(_SQL_SELECT_PAIRMEMBER_WHERE);

			sb.append(_FINDER_COLUMN_P_M_O_PROGRAMID_2);

			sb.append(_FINDER_COLUMN_P_M_O_MENTEEUSERID_2);

			sb.append(_FINDER_COLUMN_P_M_O_OPENINPROGRAM_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(programId);

				queryPos.add(menteeUserId);

				queryPos.add(openInProgram);

				List<PairMember> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByP_M_O, finderArgs, list);
					}
				}
				else {
					PairMember pairMember = list.get(0);

					result = pairMember;

					cacheResult(pairMember);
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
			return (PairMember)result;
		}
	}

	/**
	 * Removes the pair member where programId = &#63; and menteeUserId = &#63; and openInProgram = &#63; from the database.
	 *
	 * @param programId the program ID
	 * @param menteeUserId the mentee user ID
	 * @param openInProgram the open in program
	 * @return the pair member that was removed
	 */
	@Override
	public PairMember removeByP_M_O(
			long programId, long menteeUserId, int openInProgram)
		throws NoSuchPairMemberException {

		PairMember pairMember = findByP_M_O(
			programId, menteeUserId, openInProgram);

		return remove(pairMember);
	}

	/**
	 * Returns the number of pair members where programId = &#63; and menteeUserId = &#63; and openInProgram = &#63;.
	 *
	 * @param programId the program ID
	 * @param menteeUserId the mentee user ID
	 * @param openInProgram the open in program
	 * @return the number of matching pair members
	 */
	@Override
	public int countByP_M_O(
		long programId, long menteeUserId, int openInProgram) {

		PairMember pairMember = fetchByP_M_O(
			programId, menteeUserId, openInProgram);

		if (pairMember == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_P_M_O_PROGRAMID_2 =
		"pairMember.programId = ? AND ";

	private static final String _FINDER_COLUMN_P_M_O_MENTEEUSERID_2 =
		"pairMember.menteeUserId = ? AND ";

	private static final String _FINDER_COLUMN_P_M_O_OPENINPROGRAM_2 =
		"pairMember.openInProgram = ?";

	public PairMemberPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("uuid", "uuid_");

		setDBColumnNames(dbColumnNames);

		setModelClass(PairMember.class);

		setModelImplClass(PairMemberImpl.class);
		setModelPKClass(long.class);

		setTable(PairMemberTable.INSTANCE);
	}

	/**
	 * Caches the pair member in the entity cache if it is enabled.
	 *
	 * @param pairMember the pair member
	 */
	@Override
	public void cacheResult(PairMember pairMember) {
		entityCache.putResult(
			PairMemberImpl.class, pairMember.getPrimaryKey(), pairMember);

		finderCache.putResult(
			_finderPathFetchByUUID_G,
			new Object[] {pairMember.getUuid(), pairMember.getGroupId()},
			pairMember);

		finderCache.putResult(
			_finderPathFetchByP_M,
			new Object[] {pairMember.getPairId(), pairMember.getMenteeUserId()},
			pairMember);

		finderCache.putResult(
			_finderPathFetchByP_M_O,
			new Object[] {
				pairMember.getProgramId(), pairMember.getMenteeUserId(),
				pairMember.getOpenInProgram()
			},
			pairMember);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the pair members in the entity cache if it is enabled.
	 *
	 * @param pairMembers the pair members
	 */
	@Override
	public void cacheResult(List<PairMember> pairMembers) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (pairMembers.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (PairMember pairMember : pairMembers) {
			if (entityCache.getResult(
					PairMemberImpl.class, pairMember.getPrimaryKey()) == null) {

				cacheResult(pairMember);
			}
		}
	}

	/**
	 * Clears the cache for all pair members.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(PairMemberImpl.class);

		finderCache.clearCache(PairMemberImpl.class);
	}

	/**
	 * Clears the cache for the pair member.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(PairMember pairMember) {
		entityCache.removeResult(PairMemberImpl.class, pairMember);
	}

	@Override
	public void clearCache(List<PairMember> pairMembers) {
		for (PairMember pairMember : pairMembers) {
			entityCache.removeResult(PairMemberImpl.class, pairMember);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(PairMemberImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(PairMemberImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		PairMemberModelImpl pairMemberModelImpl) {

		Object[] args = new Object[] {
			pairMemberModelImpl.getUuid(), pairMemberModelImpl.getGroupId()
		};

		finderCache.putResult(
			_finderPathFetchByUUID_G, args, pairMemberModelImpl);

		args = new Object[] {
			pairMemberModelImpl.getPairId(),
			pairMemberModelImpl.getMenteeUserId()
		};

		finderCache.putResult(_finderPathFetchByP_M, args, pairMemberModelImpl);

		args = new Object[] {
			pairMemberModelImpl.getProgramId(),
			pairMemberModelImpl.getMenteeUserId(),
			pairMemberModelImpl.getOpenInProgram()
		};

		finderCache.putResult(
			_finderPathFetchByP_M_O, args, pairMemberModelImpl);
	}

	/**
	 * Creates a new pair member with the primary key. Does not add the pair member to the database.
	 *
	 * @param pairMemberId the primary key for the new pair member
	 * @return the new pair member
	 */
	@Override
	public PairMember create(long pairMemberId) {
		PairMember pairMember = new PairMemberImpl();

		pairMember.setNew(true);
		pairMember.setPrimaryKey(pairMemberId);

		String uuid = PortalUUIDUtil.generate();

		pairMember.setUuid(uuid);

		pairMember.setCompanyId(CompanyThreadLocal.getCompanyId());

		return pairMember;
	}

	/**
	 * Removes the pair member with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param pairMemberId the primary key of the pair member
	 * @return the pair member that was removed
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	@Override
	public PairMember remove(long pairMemberId)
		throws NoSuchPairMemberException {

		return remove((Serializable)pairMemberId);
	}

	/**
	 * Removes the pair member with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the pair member
	 * @return the pair member that was removed
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	@Override
	public PairMember remove(Serializable primaryKey)
		throws NoSuchPairMemberException {

		Session session = null;

		try {
			session = openSession();

			PairMember pairMember = (PairMember)session.get(
				PairMemberImpl.class, primaryKey);

			if (pairMember == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchPairMemberException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(pairMember);
		}
		catch (NoSuchPairMemberException noSuchEntityException) {
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
	protected PairMember removeImpl(PairMember pairMember) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(pairMember)) {
				pairMember = (PairMember)session.get(
					PairMemberImpl.class, pairMember.getPrimaryKeyObj());
			}

			if (pairMember != null) {
				session.delete(pairMember);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (pairMember != null) {
			clearCache(pairMember);
		}

		return pairMember;
	}

	@Override
	public PairMember updateImpl(PairMember pairMember) {
		boolean isNew = pairMember.isNew();

		if (!(pairMember instanceof PairMemberModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(pairMember.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(pairMember);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in pairMember proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom PairMember implementation " +
					pairMember.getClass());
		}

		PairMemberModelImpl pairMemberModelImpl =
			(PairMemberModelImpl)pairMember;

		if (Validator.isNull(pairMember.getUuid())) {
			String uuid = PortalUUIDUtil.generate();

			pairMember.setUuid(uuid);
		}

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (pairMember.getCreateDate() == null)) {
			if (serviceContext == null) {
				pairMember.setCreateDate(date);
			}
			else {
				pairMember.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!pairMemberModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				pairMember.setModifiedDate(date);
			}
			else {
				pairMember.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(pairMember);
			}
			else {
				pairMember = (PairMember)session.merge(pairMember);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			PairMemberImpl.class, pairMemberModelImpl, false, true);

		cacheUniqueFindersCache(pairMemberModelImpl);

		if (isNew) {
			pairMember.setNew(false);
		}

		pairMember.resetOriginalValues();

		return pairMember;
	}

	/**
	 * Returns the pair member with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the pair member
	 * @return the pair member
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	@Override
	public PairMember findByPrimaryKey(Serializable primaryKey)
		throws NoSuchPairMemberException {

		PairMember pairMember = fetchByPrimaryKey(primaryKey);

		if (pairMember == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchPairMemberException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return pairMember;
	}

	/**
	 * Returns the pair member with the primary key or throws a <code>NoSuchPairMemberException</code> if it could not be found.
	 *
	 * @param pairMemberId the primary key of the pair member
	 * @return the pair member
	 * @throws NoSuchPairMemberException if a pair member with the primary key could not be found
	 */
	@Override
	public PairMember findByPrimaryKey(long pairMemberId)
		throws NoSuchPairMemberException {

		return findByPrimaryKey((Serializable)pairMemberId);
	}

	/**
	 * Returns the pair member with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param pairMemberId the primary key of the pair member
	 * @return the pair member, or <code>null</code> if a pair member with the primary key could not be found
	 */
	@Override
	public PairMember fetchByPrimaryKey(long pairMemberId) {
		return fetchByPrimaryKey((Serializable)pairMemberId);
	}

	/**
	 * Returns all the pair members.
	 *
	 * @return the pair members
	 */
	@Override
	public List<PairMember> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the pair members.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @return the range of pair members
	 */
	@Override
	public List<PairMember> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the pair members.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of pair members
	 */
	@Override
	public List<PairMember> findAll(
		int start, int end, OrderByComparator<PairMember> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the pair members.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of pair members
	 */
	@Override
	public List<PairMember> findAll(
		int start, int end, OrderByComparator<PairMember> orderByComparator,
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

		List<PairMember> list = null;

		if (useFinderCache) {
			list = (List<PairMember>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_PAIRMEMBER);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_PAIRMEMBER;

				sql = sql.concat(PairMemberModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<PairMember>)QueryUtil.list(
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
	 * Removes all the pair members from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (PairMember pairMember : findAll()) {
			remove(pairMember);
		}
	}

	/**
	 * Returns the number of pair members.
	 *
	 * @return the number of pair members
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_PAIRMEMBER);

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
		return "pairMemberId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_PAIRMEMBER;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return PairMemberModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the pair member persistence.
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

		_finderPathWithPaginationFindByPairId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByPairId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"pairId"}, true);

		_finderPathWithoutPaginationFindByPairId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByPairId",
			new String[] {Long.class.getName()}, new String[] {"pairId"}, true);

		_finderPathCountByPairId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByPairId",
			new String[] {Long.class.getName()}, new String[] {"pairId"},
			false);

		_finderPathWithPaginationCountByPairId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "countByPairId",
			new String[] {Long.class.getName()}, new String[] {"pairId"},
			false);

		_finderPathWithPaginationFindByMenteeUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByMenteeUserId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"menteeUserId"}, true);

		_finderPathWithoutPaginationFindByMenteeUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByMenteeUserId",
			new String[] {Long.class.getName()}, new String[] {"menteeUserId"},
			true);

		_finderPathCountByMenteeUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByMenteeUserId",
			new String[] {Long.class.getName()}, new String[] {"menteeUserId"},
			false);

		_finderPathFetchByP_M = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByP_M",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"pairId", "menteeUserId"}, true);

		_finderPathFetchByP_M_O = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByP_M_O",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Integer.class.getName()
			},
			new String[] {"programId", "menteeUserId", "openInProgram"}, true);

		PairMemberUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		PairMemberUtil.setPersistence(null);

		entityCache.removeCache(PairMemberImpl.class.getName());
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

	private static final String _SQL_SELECT_PAIRMEMBER =
		"SELECT pairMember FROM PairMember pairMember";

	private static final String _SQL_SELECT_PAIRMEMBER_WHERE =
		"SELECT pairMember FROM PairMember pairMember WHERE ";

	private static final String _SQL_COUNT_PAIRMEMBER =
		"SELECT COUNT(pairMember) FROM PairMember pairMember";

	private static final String _SQL_COUNT_PAIRMEMBER_WHERE =
		"SELECT COUNT(pairMember) FROM PairMember pairMember WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "pairMember.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No PairMember exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No PairMember exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		PairMemberPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"uuid"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}