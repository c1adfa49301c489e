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

import org.nastavnik.liferay.exception.NoSuchMenteeNeedException;
import org.nastavnik.liferay.model.MenteeNeed;
import org.nastavnik.liferay.model.MenteeNeedTable;
import org.nastavnik.liferay.model.impl.MenteeNeedImpl;
import org.nastavnik.liferay.model.impl.MenteeNeedModelImpl;
import org.nastavnik.liferay.service.persistence.MenteeNeedPersistence;
import org.nastavnik.liferay.service.persistence.MenteeNeedUtil;
import org.nastavnik.liferay.service.persistence.impl.constants.NastavnikPersistenceConstants;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The persistence implementation for the mentee need service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @generated
 */
@Component(service = MenteeNeedPersistence.class)
public class MenteeNeedPersistenceImpl
	extends BasePersistenceImpl<MenteeNeed> implements MenteeNeedPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>MenteeNeedUtil</code> to access the mentee need persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		MenteeNeedImpl.class.getName();

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
	 * Returns all the mentee needs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching mentee needs
	 */
	@Override
	public List<MenteeNeed> findByUuid(String uuid) {
		return findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<MenteeNeed> findByUuid(String uuid, int start, int end) {
		return findByUuid(uuid, start, end, null);
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
	@Override
	public List<MenteeNeed> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator) {

		return findByUuid(uuid, start, end, orderByComparator, true);
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
	@Override
	public List<MenteeNeed> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator,
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

		List<MenteeNeed> list = null;

		if (useFinderCache) {
			list = (List<MenteeNeed>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MenteeNeed menteeNeed : list) {
					if (!uuid.equals(menteeNeed.getUuid())) {
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

			sb.append(_SQL_SELECT_MENTEENEED_WHERE);

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
				sb.append(MenteeNeedModelImpl.ORDER_BY_JPQL);
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

				list = (List<MenteeNeed>)QueryUtil.list(
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
	 * Returns the first mentee need in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed findByUuid_First(
			String uuid, OrderByComparator<MenteeNeed> orderByComparator)
		throws NoSuchMenteeNeedException {

		MenteeNeed menteeNeed = fetchByUuid_First(uuid, orderByComparator);

		if (menteeNeed != null) {
			return menteeNeed;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchMenteeNeedException(sb.toString());
	}

	/**
	 * Returns the first mentee need in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed fetchByUuid_First(
		String uuid, OrderByComparator<MenteeNeed> orderByComparator) {

		List<MenteeNeed> list = findByUuid(uuid, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentee need in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed findByUuid_Last(
			String uuid, OrderByComparator<MenteeNeed> orderByComparator)
		throws NoSuchMenteeNeedException {

		MenteeNeed menteeNeed = fetchByUuid_Last(uuid, orderByComparator);

		if (menteeNeed != null) {
			return menteeNeed;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchMenteeNeedException(sb.toString());
	}

	/**
	 * Returns the last mentee need in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed fetchByUuid_Last(
		String uuid, OrderByComparator<MenteeNeed> orderByComparator) {

		int count = countByUuid(uuid);

		if (count == 0) {
			return null;
		}

		List<MenteeNeed> list = findByUuid(
			uuid, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
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
	@Override
	public MenteeNeed[] findByUuid_PrevAndNext(
			long menteeNeedId, String uuid,
			OrderByComparator<MenteeNeed> orderByComparator)
		throws NoSuchMenteeNeedException {

		uuid = Objects.toString(uuid, "");

		MenteeNeed menteeNeed = findByPrimaryKey(menteeNeedId);

		Session session = null;

		try {
			session = openSession();

			MenteeNeed[] array = new MenteeNeedImpl[3];

			array[0] = getByUuid_PrevAndNext(
				session, menteeNeed, uuid, orderByComparator, true);

			array[1] = menteeNeed;

			array[2] = getByUuid_PrevAndNext(
				session, menteeNeed, uuid, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected MenteeNeed getByUuid_PrevAndNext(
		Session session, MenteeNeed menteeNeed, String uuid,
		OrderByComparator<MenteeNeed> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_MENTEENEED_WHERE);

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
			sb.append(MenteeNeedModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(menteeNeed)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MenteeNeed> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentee needs where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	@Override
	public void removeByUuid(String uuid) {
		for (MenteeNeed menteeNeed :
				findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(menteeNeed);
		}
	}

	/**
	 * Returns the number of mentee needs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching mentee needs
	 */
	@Override
	public int countByUuid(String uuid) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid;

		Object[] finderArgs = new Object[] {uuid};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MENTEENEED_WHERE);

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
		"menteeNeed.uuid = ?";

	private static final String _FINDER_COLUMN_UUID_UUID_3 =
		"(menteeNeed.uuid IS NULL OR menteeNeed.uuid = '')";

	private FinderPath _finderPathFetchByUUID_G;

	/**
	 * Returns the mentee need where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchMenteeNeedException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed findByUUID_G(String uuid, long groupId)
		throws NoSuchMenteeNeedException {

		MenteeNeed menteeNeed = fetchByUUID_G(uuid, groupId);

		if (menteeNeed == null) {
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

			throw new NoSuchMenteeNeedException(sb.toString());
		}

		return menteeNeed;
	}

	/**
	 * Returns the mentee need where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed fetchByUUID_G(String uuid, long groupId) {
		return fetchByUUID_G(uuid, groupId, true);
	}

	/**
	 * Returns the mentee need where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed fetchByUUID_G(
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

		if (result instanceof MenteeNeed) {
			MenteeNeed menteeNeed = (MenteeNeed)result;

			if (!Objects.equals(uuid, menteeNeed.getUuid()) ||
				(groupId != menteeNeed.getGroupId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_MENTEENEED_WHERE);

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

				List<MenteeNeed> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByUUID_G, finderArgs, list);
					}
				}
				else {
					MenteeNeed menteeNeed = list.get(0);

					result = menteeNeed;

					cacheResult(menteeNeed);
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
			return (MenteeNeed)result;
		}
	}

	/**
	 * Removes the mentee need where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the mentee need that was removed
	 */
	@Override
	public MenteeNeed removeByUUID_G(String uuid, long groupId)
		throws NoSuchMenteeNeedException {

		MenteeNeed menteeNeed = findByUUID_G(uuid, groupId);

		return remove(menteeNeed);
	}

	/**
	 * Returns the number of mentee needs where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching mentee needs
	 */
	@Override
	public int countByUUID_G(String uuid, long groupId) {
		MenteeNeed menteeNeed = fetchByUUID_G(uuid, groupId);

		if (menteeNeed == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_UUID_G_UUID_2 =
		"menteeNeed.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_G_UUID_3 =
		"(menteeNeed.uuid IS NULL OR menteeNeed.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_G_GROUPID_2 =
		"menteeNeed.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByUuid_C;
	private FinderPath _finderPathWithoutPaginationFindByUuid_C;
	private FinderPath _finderPathCountByUuid_C;

	/**
	 * Returns all the mentee needs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching mentee needs
	 */
	@Override
	public List<MenteeNeed> findByUuid_C(String uuid, long companyId) {
		return findByUuid_C(
			uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<MenteeNeed> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return findByUuid_C(uuid, companyId, start, end, null);
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
	@Override
	public List<MenteeNeed> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator) {

		return findByUuid_C(
			uuid, companyId, start, end, orderByComparator, true);
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
	@Override
	public List<MenteeNeed> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator,
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

		List<MenteeNeed> list = null;

		if (useFinderCache) {
			list = (List<MenteeNeed>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MenteeNeed menteeNeed : list) {
					if (!uuid.equals(menteeNeed.getUuid()) ||
						(companyId != menteeNeed.getCompanyId())) {

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

			sb.append(_SQL_SELECT_MENTEENEED_WHERE);

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
				sb.append(MenteeNeedModelImpl.ORDER_BY_JPQL);
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

				list = (List<MenteeNeed>)QueryUtil.list(
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
	 * Returns the first mentee need in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<MenteeNeed> orderByComparator)
		throws NoSuchMenteeNeedException {

		MenteeNeed menteeNeed = fetchByUuid_C_First(
			uuid, companyId, orderByComparator);

		if (menteeNeed != null) {
			return menteeNeed;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchMenteeNeedException(sb.toString());
	}

	/**
	 * Returns the first mentee need in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<MenteeNeed> orderByComparator) {

		List<MenteeNeed> list = findByUuid_C(
			uuid, companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
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
	@Override
	public MenteeNeed findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<MenteeNeed> orderByComparator)
		throws NoSuchMenteeNeedException {

		MenteeNeed menteeNeed = fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);

		if (menteeNeed != null) {
			return menteeNeed;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchMenteeNeedException(sb.toString());
	}

	/**
	 * Returns the last mentee need in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<MenteeNeed> orderByComparator) {

		int count = countByUuid_C(uuid, companyId);

		if (count == 0) {
			return null;
		}

		List<MenteeNeed> list = findByUuid_C(
			uuid, companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
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
	@Override
	public MenteeNeed[] findByUuid_C_PrevAndNext(
			long menteeNeedId, String uuid, long companyId,
			OrderByComparator<MenteeNeed> orderByComparator)
		throws NoSuchMenteeNeedException {

		uuid = Objects.toString(uuid, "");

		MenteeNeed menteeNeed = findByPrimaryKey(menteeNeedId);

		Session session = null;

		try {
			session = openSession();

			MenteeNeed[] array = new MenteeNeedImpl[3];

			array[0] = getByUuid_C_PrevAndNext(
				session, menteeNeed, uuid, companyId, orderByComparator, true);

			array[1] = menteeNeed;

			array[2] = getByUuid_C_PrevAndNext(
				session, menteeNeed, uuid, companyId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected MenteeNeed getByUuid_C_PrevAndNext(
		Session session, MenteeNeed menteeNeed, String uuid, long companyId,
		OrderByComparator<MenteeNeed> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_MENTEENEED_WHERE);

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
			sb.append(MenteeNeedModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(menteeNeed)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MenteeNeed> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentee needs where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	@Override
	public void removeByUuid_C(String uuid, long companyId) {
		for (MenteeNeed menteeNeed :
				findByUuid_C(
					uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(menteeNeed);
		}
	}

	/**
	 * Returns the number of mentee needs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching mentee needs
	 */
	@Override
	public int countByUuid_C(String uuid, long companyId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid_C;

		Object[] finderArgs = new Object[] {uuid, companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_MENTEENEED_WHERE);

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
		"menteeNeed.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_C_UUID_3 =
		"(menteeNeed.uuid IS NULL OR menteeNeed.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_C_COMPANYID_2 =
		"menteeNeed.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByMenteeProfileId;
	private FinderPath _finderPathWithoutPaginationFindByMenteeProfileId;
	private FinderPath _finderPathCountByMenteeProfileId;
	private FinderPath _finderPathWithPaginationCountByMenteeProfileId;

	/**
	 * Returns all the mentee needs where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @return the matching mentee needs
	 */
	@Override
	public List<MenteeNeed> findByMenteeProfileId(long menteeProfileId) {
		return findByMenteeProfileId(
			menteeProfileId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<MenteeNeed> findByMenteeProfileId(
		long menteeProfileId, int start, int end) {

		return findByMenteeProfileId(menteeProfileId, start, end, null);
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
	@Override
	public List<MenteeNeed> findByMenteeProfileId(
		long menteeProfileId, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator) {

		return findByMenteeProfileId(
			menteeProfileId, start, end, orderByComparator, true);
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
	@Override
	public List<MenteeNeed> findByMenteeProfileId(
		long menteeProfileId, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByMenteeProfileId;
				finderArgs = new Object[] {menteeProfileId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByMenteeProfileId;
			finderArgs = new Object[] {
				menteeProfileId, start, end, orderByComparator
			};
		}

		List<MenteeNeed> list = null;

		if (useFinderCache) {
			list = (List<MenteeNeed>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MenteeNeed menteeNeed : list) {
					if (menteeProfileId != menteeNeed.getMenteeProfileId()) {
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

			sb.append(_SQL_SELECT_MENTEENEED_WHERE);

			sb.append(_FINDER_COLUMN_MENTEEPROFILEID_MENTEEPROFILEID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MenteeNeedModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(menteeProfileId);

				list = (List<MenteeNeed>)QueryUtil.list(
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
	 * Returns the first mentee need in the ordered set where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed findByMenteeProfileId_First(
			long menteeProfileId,
			OrderByComparator<MenteeNeed> orderByComparator)
		throws NoSuchMenteeNeedException {

		MenteeNeed menteeNeed = fetchByMenteeProfileId_First(
			menteeProfileId, orderByComparator);

		if (menteeNeed != null) {
			return menteeNeed;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("menteeProfileId=");
		sb.append(menteeProfileId);

		sb.append("}");

		throw new NoSuchMenteeNeedException(sb.toString());
	}

	/**
	 * Returns the first mentee need in the ordered set where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed fetchByMenteeProfileId_First(
		long menteeProfileId, OrderByComparator<MenteeNeed> orderByComparator) {

		List<MenteeNeed> list = findByMenteeProfileId(
			menteeProfileId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentee need in the ordered set where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed findByMenteeProfileId_Last(
			long menteeProfileId,
			OrderByComparator<MenteeNeed> orderByComparator)
		throws NoSuchMenteeNeedException {

		MenteeNeed menteeNeed = fetchByMenteeProfileId_Last(
			menteeProfileId, orderByComparator);

		if (menteeNeed != null) {
			return menteeNeed;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("menteeProfileId=");
		sb.append(menteeProfileId);

		sb.append("}");

		throw new NoSuchMenteeNeedException(sb.toString());
	}

	/**
	 * Returns the last mentee need in the ordered set where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed fetchByMenteeProfileId_Last(
		long menteeProfileId, OrderByComparator<MenteeNeed> orderByComparator) {

		int count = countByMenteeProfileId(menteeProfileId);

		if (count == 0) {
			return null;
		}

		List<MenteeNeed> list = findByMenteeProfileId(
			menteeProfileId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
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
	@Override
	public MenteeNeed[] findByMenteeProfileId_PrevAndNext(
			long menteeNeedId, long menteeProfileId,
			OrderByComparator<MenteeNeed> orderByComparator)
		throws NoSuchMenteeNeedException {

		MenteeNeed menteeNeed = findByPrimaryKey(menteeNeedId);

		Session session = null;

		try {
			session = openSession();

			MenteeNeed[] array = new MenteeNeedImpl[3];

			array[0] = getByMenteeProfileId_PrevAndNext(
				session, menteeNeed, menteeProfileId, orderByComparator, true);

			array[1] = menteeNeed;

			array[2] = getByMenteeProfileId_PrevAndNext(
				session, menteeNeed, menteeProfileId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected MenteeNeed getByMenteeProfileId_PrevAndNext(
		Session session, MenteeNeed menteeNeed, long menteeProfileId,
		OrderByComparator<MenteeNeed> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_MENTEENEED_WHERE);

		sb.append(_FINDER_COLUMN_MENTEEPROFILEID_MENTEEPROFILEID_2);

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
			sb.append(MenteeNeedModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(menteeProfileId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(menteeNeed)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MenteeNeed> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
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
	@Override
	public List<MenteeNeed> findByMenteeProfileId(long[] menteeProfileIds) {
		return findByMenteeProfileId(
			menteeProfileIds, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<MenteeNeed> findByMenteeProfileId(
		long[] menteeProfileIds, int start, int end) {

		return findByMenteeProfileId(menteeProfileIds, start, end, null);
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
	@Override
	public List<MenteeNeed> findByMenteeProfileId(
		long[] menteeProfileIds, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator) {

		return findByMenteeProfileId(
			menteeProfileIds, start, end, orderByComparator, true);
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
	@Override
	public List<MenteeNeed> findByMenteeProfileId(
		long[] menteeProfileIds, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator,
		boolean useFinderCache) {

		if (menteeProfileIds == null) {
			menteeProfileIds = new long[0];
		}
		else if (menteeProfileIds.length > 1) {
			menteeProfileIds = ArrayUtil.sortedUnique(menteeProfileIds);
		}

		if (menteeProfileIds.length == 1) {
			return findByMenteeProfileId(
				menteeProfileIds[0], start, end, orderByComparator);
		}

		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderArgs = new Object[] {StringUtil.merge(menteeProfileIds)};
			}
		}
		else if (useFinderCache) {
			finderArgs = new Object[] {
				StringUtil.merge(menteeProfileIds), start, end,
				orderByComparator
			};
		}

		List<MenteeNeed> list = null;

		if (useFinderCache) {
			list = (List<MenteeNeed>)finderCache.getResult(
				_finderPathWithPaginationFindByMenteeProfileId, finderArgs,
				this);

			if ((list != null) && !list.isEmpty()) {
				for (MenteeNeed menteeNeed : list) {
					if (!ArrayUtil.contains(
							menteeProfileIds,
							menteeNeed.getMenteeProfileId())) {

						list = null;

						break;
					}
				}
			}
		}

		if (list == null) {
			StringBundler sb = new StringBundler();

			sb.append(_SQL_SELECT_MENTEENEED_WHERE);

			if (menteeProfileIds.length > 0) {
				sb.append("(");

				sb.append(_FINDER_COLUMN_MENTEEPROFILEID_MENTEEPROFILEID_7);

				sb.append(StringUtil.merge(menteeProfileIds));

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
				sb.append(MenteeNeedModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<MenteeNeed>)QueryUtil.list(
					query, getDialect(), start, end);

				cacheResult(list);

				if (useFinderCache) {
					finderCache.putResult(
						_finderPathWithPaginationFindByMenteeProfileId,
						finderArgs, list);
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
	 * Removes all the mentee needs where menteeProfileId = &#63; from the database.
	 *
	 * @param menteeProfileId the mentee profile ID
	 */
	@Override
	public void removeByMenteeProfileId(long menteeProfileId) {
		for (MenteeNeed menteeNeed :
				findByMenteeProfileId(
					menteeProfileId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(menteeNeed);
		}
	}

	/**
	 * Returns the number of mentee needs where menteeProfileId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @return the number of matching mentee needs
	 */
	@Override
	public int countByMenteeProfileId(long menteeProfileId) {
		FinderPath finderPath = _finderPathCountByMenteeProfileId;

		Object[] finderArgs = new Object[] {menteeProfileId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MENTEENEED_WHERE);

			sb.append(_FINDER_COLUMN_MENTEEPROFILEID_MENTEEPROFILEID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(menteeProfileId);

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
	 * Returns the number of mentee needs where menteeProfileId = any &#63;.
	 *
	 * @param menteeProfileIds the mentee profile IDs
	 * @return the number of matching mentee needs
	 */
	@Override
	public int countByMenteeProfileId(long[] menteeProfileIds) {
		if (menteeProfileIds == null) {
			menteeProfileIds = new long[0];
		}
		else if (menteeProfileIds.length > 1) {
			menteeProfileIds = ArrayUtil.sortedUnique(menteeProfileIds);
		}

		Object[] finderArgs = new Object[] {StringUtil.merge(menteeProfileIds)};

		Long count = (Long)finderCache.getResult(
			_finderPathWithPaginationCountByMenteeProfileId, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler();

			sb.append(_SQL_COUNT_MENTEENEED_WHERE);

			if (menteeProfileIds.length > 0) {
				sb.append("(");

				sb.append(_FINDER_COLUMN_MENTEEPROFILEID_MENTEEPROFILEID_7);

				sb.append(StringUtil.merge(menteeProfileIds));

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
					_finderPathWithPaginationCountByMenteeProfileId, finderArgs,
					count);
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

	private static final String
		_FINDER_COLUMN_MENTEEPROFILEID_MENTEEPROFILEID_2 =
			"menteeNeed.menteeProfileId = ?";

	private static final String
		_FINDER_COLUMN_MENTEEPROFILEID_MENTEEPROFILEID_7 =
			"menteeNeed.menteeProfileId IN (";

	private FinderPath _finderPathFetchByM_C;

	/**
	 * Returns the mentee need where menteeProfileId = &#63; and competencyId = &#63; or throws a <code>NoSuchMenteeNeedException</code> if it could not be found.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param competencyId the competency ID
	 * @return the matching mentee need
	 * @throws NoSuchMenteeNeedException if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed findByM_C(long menteeProfileId, long competencyId)
		throws NoSuchMenteeNeedException {

		MenteeNeed menteeNeed = fetchByM_C(menteeProfileId, competencyId);

		if (menteeNeed == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("menteeProfileId=");
			sb.append(menteeProfileId);

			sb.append(", competencyId=");
			sb.append(competencyId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchMenteeNeedException(sb.toString());
		}

		return menteeNeed;
	}

	/**
	 * Returns the mentee need where menteeProfileId = &#63; and competencyId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param competencyId the competency ID
	 * @return the matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed fetchByM_C(long menteeProfileId, long competencyId) {
		return fetchByM_C(menteeProfileId, competencyId, true);
	}

	/**
	 * Returns the mentee need where menteeProfileId = &#63; and competencyId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param competencyId the competency ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	@Override
	public MenteeNeed fetchByM_C(
		long menteeProfileId, long competencyId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {menteeProfileId, competencyId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByM_C, finderArgs, this);
		}

		if (result instanceof MenteeNeed) {
			MenteeNeed menteeNeed = (MenteeNeed)result;

			if ((menteeProfileId != menteeNeed.getMenteeProfileId()) ||
				(competencyId != menteeNeed.getCompetencyId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_MENTEENEED_WHERE);

			sb.append(_FINDER_COLUMN_M_C_MENTEEPROFILEID_2);

			sb.append(_FINDER_COLUMN_M_C_COMPETENCYID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(menteeProfileId);

				queryPos.add(competencyId);

				List<MenteeNeed> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByM_C, finderArgs, list);
					}
				}
				else {
					MenteeNeed menteeNeed = list.get(0);

					result = menteeNeed;

					cacheResult(menteeNeed);
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
			return (MenteeNeed)result;
		}
	}

	/**
	 * Removes the mentee need where menteeProfileId = &#63; and competencyId = &#63; from the database.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param competencyId the competency ID
	 * @return the mentee need that was removed
	 */
	@Override
	public MenteeNeed removeByM_C(long menteeProfileId, long competencyId)
		throws NoSuchMenteeNeedException {

		MenteeNeed menteeNeed = findByM_C(menteeProfileId, competencyId);

		return remove(menteeNeed);
	}

	/**
	 * Returns the number of mentee needs where menteeProfileId = &#63; and competencyId = &#63;.
	 *
	 * @param menteeProfileId the mentee profile ID
	 * @param competencyId the competency ID
	 * @return the number of matching mentee needs
	 */
	@Override
	public int countByM_C(long menteeProfileId, long competencyId) {
		MenteeNeed menteeNeed = fetchByM_C(menteeProfileId, competencyId);

		if (menteeNeed == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_M_C_MENTEEPROFILEID_2 =
		"menteeNeed.menteeProfileId = ? AND ";

	private static final String _FINDER_COLUMN_M_C_COMPETENCYID_2 =
		"menteeNeed.competencyId = ?";

	public MenteeNeedPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("uuid", "uuid_");

		setDBColumnNames(dbColumnNames);

		setModelClass(MenteeNeed.class);

		setModelImplClass(MenteeNeedImpl.class);
		setModelPKClass(long.class);

		setTable(MenteeNeedTable.INSTANCE);
	}

	/**
	 * Caches the mentee need in the entity cache if it is enabled.
	 *
	 * @param menteeNeed the mentee need
	 */
	@Override
	public void cacheResult(MenteeNeed menteeNeed) {
		entityCache.putResult(
			MenteeNeedImpl.class, menteeNeed.getPrimaryKey(), menteeNeed);

		finderCache.putResult(
			_finderPathFetchByUUID_G,
			new Object[] {menteeNeed.getUuid(), menteeNeed.getGroupId()},
			menteeNeed);

		finderCache.putResult(
			_finderPathFetchByM_C,
			new Object[] {
				menteeNeed.getMenteeProfileId(), menteeNeed.getCompetencyId()
			},
			menteeNeed);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the mentee needs in the entity cache if it is enabled.
	 *
	 * @param menteeNeeds the mentee needs
	 */
	@Override
	public void cacheResult(List<MenteeNeed> menteeNeeds) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (menteeNeeds.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (MenteeNeed menteeNeed : menteeNeeds) {
			if (entityCache.getResult(
					MenteeNeedImpl.class, menteeNeed.getPrimaryKey()) == null) {

				cacheResult(menteeNeed);
			}
		}
	}

	/**
	 * Clears the cache for all mentee needs.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(MenteeNeedImpl.class);

		finderCache.clearCache(MenteeNeedImpl.class);
	}

	/**
	 * Clears the cache for the mentee need.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(MenteeNeed menteeNeed) {
		entityCache.removeResult(MenteeNeedImpl.class, menteeNeed);
	}

	@Override
	public void clearCache(List<MenteeNeed> menteeNeeds) {
		for (MenteeNeed menteeNeed : menteeNeeds) {
			entityCache.removeResult(MenteeNeedImpl.class, menteeNeed);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(MenteeNeedImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(MenteeNeedImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		MenteeNeedModelImpl menteeNeedModelImpl) {

		Object[] args = new Object[] {
			menteeNeedModelImpl.getUuid(), menteeNeedModelImpl.getGroupId()
		};

		finderCache.putResult(
			_finderPathFetchByUUID_G, args, menteeNeedModelImpl);

		args = new Object[] {
			menteeNeedModelImpl.getMenteeProfileId(),
			menteeNeedModelImpl.getCompetencyId()
		};

		finderCache.putResult(_finderPathFetchByM_C, args, menteeNeedModelImpl);
	}

	/**
	 * Creates a new mentee need with the primary key. Does not add the mentee need to the database.
	 *
	 * @param menteeNeedId the primary key for the new mentee need
	 * @return the new mentee need
	 */
	@Override
	public MenteeNeed create(long menteeNeedId) {
		MenteeNeed menteeNeed = new MenteeNeedImpl();

		menteeNeed.setNew(true);
		menteeNeed.setPrimaryKey(menteeNeedId);

		String uuid = PortalUUIDUtil.generate();

		menteeNeed.setUuid(uuid);

		menteeNeed.setCompanyId(CompanyThreadLocal.getCompanyId());

		return menteeNeed;
	}

	/**
	 * Removes the mentee need with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param menteeNeedId the primary key of the mentee need
	 * @return the mentee need that was removed
	 * @throws NoSuchMenteeNeedException if a mentee need with the primary key could not be found
	 */
	@Override
	public MenteeNeed remove(long menteeNeedId)
		throws NoSuchMenteeNeedException {

		return remove((Serializable)menteeNeedId);
	}

	/**
	 * Removes the mentee need with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the mentee need
	 * @return the mentee need that was removed
	 * @throws NoSuchMenteeNeedException if a mentee need with the primary key could not be found
	 */
	@Override
	public MenteeNeed remove(Serializable primaryKey)
		throws NoSuchMenteeNeedException {

		Session session = null;

		try {
			session = openSession();

			MenteeNeed menteeNeed = (MenteeNeed)session.get(
				MenteeNeedImpl.class, primaryKey);

			if (menteeNeed == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchMenteeNeedException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(menteeNeed);
		}
		catch (NoSuchMenteeNeedException noSuchEntityException) {
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
	protected MenteeNeed removeImpl(MenteeNeed menteeNeed) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(menteeNeed)) {
				menteeNeed = (MenteeNeed)session.get(
					MenteeNeedImpl.class, menteeNeed.getPrimaryKeyObj());
			}

			if (menteeNeed != null) {
				session.delete(menteeNeed);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (menteeNeed != null) {
			clearCache(menteeNeed);
		}

		return menteeNeed;
	}

	@Override
	public MenteeNeed updateImpl(MenteeNeed menteeNeed) {
		boolean isNew = menteeNeed.isNew();

		if (!(menteeNeed instanceof MenteeNeedModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(menteeNeed.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(menteeNeed);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in menteeNeed proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom MenteeNeed implementation " +
					menteeNeed.getClass());
		}

		MenteeNeedModelImpl menteeNeedModelImpl =
			(MenteeNeedModelImpl)menteeNeed;

		if (Validator.isNull(menteeNeed.getUuid())) {
			String uuid = PortalUUIDUtil.generate();

			menteeNeed.setUuid(uuid);
		}

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (menteeNeed.getCreateDate() == null)) {
			if (serviceContext == null) {
				menteeNeed.setCreateDate(date);
			}
			else {
				menteeNeed.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!menteeNeedModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				menteeNeed.setModifiedDate(date);
			}
			else {
				menteeNeed.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(menteeNeed);
			}
			else {
				menteeNeed = (MenteeNeed)session.merge(menteeNeed);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			MenteeNeedImpl.class, menteeNeedModelImpl, false, true);

		cacheUniqueFindersCache(menteeNeedModelImpl);

		if (isNew) {
			menteeNeed.setNew(false);
		}

		menteeNeed.resetOriginalValues();

		return menteeNeed;
	}

	/**
	 * Returns the mentee need with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the mentee need
	 * @return the mentee need
	 * @throws NoSuchMenteeNeedException if a mentee need with the primary key could not be found
	 */
	@Override
	public MenteeNeed findByPrimaryKey(Serializable primaryKey)
		throws NoSuchMenteeNeedException {

		MenteeNeed menteeNeed = fetchByPrimaryKey(primaryKey);

		if (menteeNeed == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchMenteeNeedException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return menteeNeed;
	}

	/**
	 * Returns the mentee need with the primary key or throws a <code>NoSuchMenteeNeedException</code> if it could not be found.
	 *
	 * @param menteeNeedId the primary key of the mentee need
	 * @return the mentee need
	 * @throws NoSuchMenteeNeedException if a mentee need with the primary key could not be found
	 */
	@Override
	public MenteeNeed findByPrimaryKey(long menteeNeedId)
		throws NoSuchMenteeNeedException {

		return findByPrimaryKey((Serializable)menteeNeedId);
	}

	/**
	 * Returns the mentee need with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param menteeNeedId the primary key of the mentee need
	 * @return the mentee need, or <code>null</code> if a mentee need with the primary key could not be found
	 */
	@Override
	public MenteeNeed fetchByPrimaryKey(long menteeNeedId) {
		return fetchByPrimaryKey((Serializable)menteeNeedId);
	}

	/**
	 * Returns all the mentee needs.
	 *
	 * @return the mentee needs
	 */
	@Override
	public List<MenteeNeed> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<MenteeNeed> findAll(int start, int end) {
		return findAll(start, end, null);
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
	@Override
	public List<MenteeNeed> findAll(
		int start, int end, OrderByComparator<MenteeNeed> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
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
	@Override
	public List<MenteeNeed> findAll(
		int start, int end, OrderByComparator<MenteeNeed> orderByComparator,
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

		List<MenteeNeed> list = null;

		if (useFinderCache) {
			list = (List<MenteeNeed>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_MENTEENEED);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_MENTEENEED;

				sql = sql.concat(MenteeNeedModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<MenteeNeed>)QueryUtil.list(
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
	 * Removes all the mentee needs from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (MenteeNeed menteeNeed : findAll()) {
			remove(menteeNeed);
		}
	}

	/**
	 * Returns the number of mentee needs.
	 *
	 * @return the number of mentee needs
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_MENTEENEED);

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
		return "menteeNeedId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_MENTEENEED;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return MenteeNeedModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the mentee need persistence.
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

		_finderPathWithPaginationFindByMenteeProfileId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByMenteeProfileId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"menteeProfileId"}, true);

		_finderPathWithoutPaginationFindByMenteeProfileId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByMenteeProfileId",
			new String[] {Long.class.getName()},
			new String[] {"menteeProfileId"}, true);

		_finderPathCountByMenteeProfileId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByMenteeProfileId",
			new String[] {Long.class.getName()},
			new String[] {"menteeProfileId"}, false);

		_finderPathWithPaginationCountByMenteeProfileId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "countByMenteeProfileId",
			new String[] {Long.class.getName()},
			new String[] {"menteeProfileId"}, false);

		_finderPathFetchByM_C = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByM_C",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"menteeProfileId", "competencyId"}, true);

		MenteeNeedUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		MenteeNeedUtil.setPersistence(null);

		entityCache.removeCache(MenteeNeedImpl.class.getName());
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

	private static final String _SQL_SELECT_MENTEENEED =
		"SELECT menteeNeed FROM MenteeNeed menteeNeed";

	private static final String _SQL_SELECT_MENTEENEED_WHERE =
		"SELECT menteeNeed FROM MenteeNeed menteeNeed WHERE ";

	private static final String _SQL_COUNT_MENTEENEED =
		"SELECT COUNT(menteeNeed) FROM MenteeNeed menteeNeed";

	private static final String _SQL_COUNT_MENTEENEED_WHERE =
		"SELECT COUNT(menteeNeed) FROM MenteeNeed menteeNeed WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "menteeNeed.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No MenteeNeed exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No MenteeNeed exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		MenteeNeedPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"uuid"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}