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

import org.nastavnik.liferay.exception.NoSuchMentorStrengthException;
import org.nastavnik.liferay.model.MentorStrength;
import org.nastavnik.liferay.model.MentorStrengthTable;
import org.nastavnik.liferay.model.impl.MentorStrengthImpl;
import org.nastavnik.liferay.model.impl.MentorStrengthModelImpl;
import org.nastavnik.liferay.service.persistence.MentorStrengthPersistence;
import org.nastavnik.liferay.service.persistence.MentorStrengthUtil;
import org.nastavnik.liferay.service.persistence.impl.constants.NastavnikPersistenceConstants;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The persistence implementation for the mentor strength service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @generated
 */
@Component(service = MentorStrengthPersistence.class)
public class MentorStrengthPersistenceImpl
	extends BasePersistenceImpl<MentorStrength>
	implements MentorStrengthPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>MentorStrengthUtil</code> to access the mentor strength persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		MentorStrengthImpl.class.getName();

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
	 * Returns all the mentor strengths where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching mentor strengths
	 */
	@Override
	public List<MentorStrength> findByUuid(String uuid) {
		return findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<MentorStrength> findByUuid(String uuid, int start, int end) {
		return findByUuid(uuid, start, end, null);
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
	@Override
	public List<MentorStrength> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator) {

		return findByUuid(uuid, start, end, orderByComparator, true);
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
	@Override
	public List<MentorStrength> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator,
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

		List<MentorStrength> list = null;

		if (useFinderCache) {
			list = (List<MentorStrength>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MentorStrength mentorStrength : list) {
					if (!uuid.equals(mentorStrength.getUuid())) {
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

			sb.append(_SQL_SELECT_MENTORSTRENGTH_WHERE);

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
				sb.append(MentorStrengthModelImpl.ORDER_BY_JPQL);
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

				list = (List<MentorStrength>)QueryUtil.list(
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
	 * Returns the first mentor strength in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength findByUuid_First(
			String uuid, OrderByComparator<MentorStrength> orderByComparator)
		throws NoSuchMentorStrengthException {

		MentorStrength mentorStrength = fetchByUuid_First(
			uuid, orderByComparator);

		if (mentorStrength != null) {
			return mentorStrength;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchMentorStrengthException(sb.toString());
	}

	/**
	 * Returns the first mentor strength in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength fetchByUuid_First(
		String uuid, OrderByComparator<MentorStrength> orderByComparator) {

		List<MentorStrength> list = findByUuid(uuid, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentor strength in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength findByUuid_Last(
			String uuid, OrderByComparator<MentorStrength> orderByComparator)
		throws NoSuchMentorStrengthException {

		MentorStrength mentorStrength = fetchByUuid_Last(
			uuid, orderByComparator);

		if (mentorStrength != null) {
			return mentorStrength;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchMentorStrengthException(sb.toString());
	}

	/**
	 * Returns the last mentor strength in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength fetchByUuid_Last(
		String uuid, OrderByComparator<MentorStrength> orderByComparator) {

		int count = countByUuid(uuid);

		if (count == 0) {
			return null;
		}

		List<MentorStrength> list = findByUuid(
			uuid, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
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
	@Override
	public MentorStrength[] findByUuid_PrevAndNext(
			long mentorStrengthId, String uuid,
			OrderByComparator<MentorStrength> orderByComparator)
		throws NoSuchMentorStrengthException {

		uuid = Objects.toString(uuid, "");

		MentorStrength mentorStrength = findByPrimaryKey(mentorStrengthId);

		Session session = null;

		try {
			session = openSession();

			MentorStrength[] array = new MentorStrengthImpl[3];

			array[0] = getByUuid_PrevAndNext(
				session, mentorStrength, uuid, orderByComparator, true);

			array[1] = mentorStrength;

			array[2] = getByUuid_PrevAndNext(
				session, mentorStrength, uuid, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected MentorStrength getByUuid_PrevAndNext(
		Session session, MentorStrength mentorStrength, String uuid,
		OrderByComparator<MentorStrength> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_MENTORSTRENGTH_WHERE);

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
			sb.append(MentorStrengthModelImpl.ORDER_BY_JPQL);
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
						mentorStrength)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MentorStrength> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentor strengths where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	@Override
	public void removeByUuid(String uuid) {
		for (MentorStrength mentorStrength :
				findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(mentorStrength);
		}
	}

	/**
	 * Returns the number of mentor strengths where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching mentor strengths
	 */
	@Override
	public int countByUuid(String uuid) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid;

		Object[] finderArgs = new Object[] {uuid};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MENTORSTRENGTH_WHERE);

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
		"mentorStrength.uuid = ?";

	private static final String _FINDER_COLUMN_UUID_UUID_3 =
		"(mentorStrength.uuid IS NULL OR mentorStrength.uuid = '')";

	private FinderPath _finderPathFetchByUUID_G;

	/**
	 * Returns the mentor strength where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchMentorStrengthException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength findByUUID_G(String uuid, long groupId)
		throws NoSuchMentorStrengthException {

		MentorStrength mentorStrength = fetchByUUID_G(uuid, groupId);

		if (mentorStrength == null) {
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

			throw new NoSuchMentorStrengthException(sb.toString());
		}

		return mentorStrength;
	}

	/**
	 * Returns the mentor strength where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength fetchByUUID_G(String uuid, long groupId) {
		return fetchByUUID_G(uuid, groupId, true);
	}

	/**
	 * Returns the mentor strength where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength fetchByUUID_G(
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

		if (result instanceof MentorStrength) {
			MentorStrength mentorStrength = (MentorStrength)result;

			if (!Objects.equals(uuid, mentorStrength.getUuid()) ||
				(groupId != mentorStrength.getGroupId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_MENTORSTRENGTH_WHERE);

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

				List<MentorStrength> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByUUID_G, finderArgs, list);
					}
				}
				else {
					MentorStrength mentorStrength = list.get(0);

					result = mentorStrength;

					cacheResult(mentorStrength);
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
			return (MentorStrength)result;
		}
	}

	/**
	 * Removes the mentor strength where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the mentor strength that was removed
	 */
	@Override
	public MentorStrength removeByUUID_G(String uuid, long groupId)
		throws NoSuchMentorStrengthException {

		MentorStrength mentorStrength = findByUUID_G(uuid, groupId);

		return remove(mentorStrength);
	}

	/**
	 * Returns the number of mentor strengths where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching mentor strengths
	 */
	@Override
	public int countByUUID_G(String uuid, long groupId) {
		MentorStrength mentorStrength = fetchByUUID_G(uuid, groupId);

		if (mentorStrength == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_UUID_G_UUID_2 =
		"mentorStrength.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_G_UUID_3 =
		"(mentorStrength.uuid IS NULL OR mentorStrength.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_G_GROUPID_2 =
		"mentorStrength.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByUuid_C;
	private FinderPath _finderPathWithoutPaginationFindByUuid_C;
	private FinderPath _finderPathCountByUuid_C;

	/**
	 * Returns all the mentor strengths where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching mentor strengths
	 */
	@Override
	public List<MentorStrength> findByUuid_C(String uuid, long companyId) {
		return findByUuid_C(
			uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<MentorStrength> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return findByUuid_C(uuid, companyId, start, end, null);
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
	@Override
	public List<MentorStrength> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator) {

		return findByUuid_C(
			uuid, companyId, start, end, orderByComparator, true);
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
	@Override
	public List<MentorStrength> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator,
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

		List<MentorStrength> list = null;

		if (useFinderCache) {
			list = (List<MentorStrength>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MentorStrength mentorStrength : list) {
					if (!uuid.equals(mentorStrength.getUuid()) ||
						(companyId != mentorStrength.getCompanyId())) {

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

			sb.append(_SQL_SELECT_MENTORSTRENGTH_WHERE);

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
				sb.append(MentorStrengthModelImpl.ORDER_BY_JPQL);
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

				list = (List<MentorStrength>)QueryUtil.list(
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
	 * Returns the first mentor strength in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws NoSuchMentorStrengthException {

		MentorStrength mentorStrength = fetchByUuid_C_First(
			uuid, companyId, orderByComparator);

		if (mentorStrength != null) {
			return mentorStrength;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchMentorStrengthException(sb.toString());
	}

	/**
	 * Returns the first mentor strength in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<MentorStrength> orderByComparator) {

		List<MentorStrength> list = findByUuid_C(
			uuid, companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
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
	@Override
	public MentorStrength findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws NoSuchMentorStrengthException {

		MentorStrength mentorStrength = fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);

		if (mentorStrength != null) {
			return mentorStrength;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchMentorStrengthException(sb.toString());
	}

	/**
	 * Returns the last mentor strength in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<MentorStrength> orderByComparator) {

		int count = countByUuid_C(uuid, companyId);

		if (count == 0) {
			return null;
		}

		List<MentorStrength> list = findByUuid_C(
			uuid, companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
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
	@Override
	public MentorStrength[] findByUuid_C_PrevAndNext(
			long mentorStrengthId, String uuid, long companyId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws NoSuchMentorStrengthException {

		uuid = Objects.toString(uuid, "");

		MentorStrength mentorStrength = findByPrimaryKey(mentorStrengthId);

		Session session = null;

		try {
			session = openSession();

			MentorStrength[] array = new MentorStrengthImpl[3];

			array[0] = getByUuid_C_PrevAndNext(
				session, mentorStrength, uuid, companyId, orderByComparator,
				true);

			array[1] = mentorStrength;

			array[2] = getByUuid_C_PrevAndNext(
				session, mentorStrength, uuid, companyId, orderByComparator,
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

	protected MentorStrength getByUuid_C_PrevAndNext(
		Session session, MentorStrength mentorStrength, String uuid,
		long companyId, OrderByComparator<MentorStrength> orderByComparator,
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

		sb.append(_SQL_SELECT_MENTORSTRENGTH_WHERE);

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
			sb.append(MentorStrengthModelImpl.ORDER_BY_JPQL);
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
						mentorStrength)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MentorStrength> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentor strengths where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	@Override
	public void removeByUuid_C(String uuid, long companyId) {
		for (MentorStrength mentorStrength :
				findByUuid_C(
					uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(mentorStrength);
		}
	}

	/**
	 * Returns the number of mentor strengths where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching mentor strengths
	 */
	@Override
	public int countByUuid_C(String uuid, long companyId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid_C;

		Object[] finderArgs = new Object[] {uuid, companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_MENTORSTRENGTH_WHERE);

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
		"mentorStrength.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_C_UUID_3 =
		"(mentorStrength.uuid IS NULL OR mentorStrength.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_C_COMPANYID_2 =
		"mentorStrength.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByMentorProfileId;
	private FinderPath _finderPathWithoutPaginationFindByMentorProfileId;
	private FinderPath _finderPathCountByMentorProfileId;
	private FinderPath _finderPathWithPaginationCountByMentorProfileId;

	/**
	 * Returns all the mentor strengths where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @return the matching mentor strengths
	 */
	@Override
	public List<MentorStrength> findByMentorProfileId(long mentorProfileId) {
		return findByMentorProfileId(
			mentorProfileId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<MentorStrength> findByMentorProfileId(
		long mentorProfileId, int start, int end) {

		return findByMentorProfileId(mentorProfileId, start, end, null);
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
	@Override
	public List<MentorStrength> findByMentorProfileId(
		long mentorProfileId, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator) {

		return findByMentorProfileId(
			mentorProfileId, start, end, orderByComparator, true);
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
	@Override
	public List<MentorStrength> findByMentorProfileId(
		long mentorProfileId, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByMentorProfileId;
				finderArgs = new Object[] {mentorProfileId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByMentorProfileId;
			finderArgs = new Object[] {
				mentorProfileId, start, end, orderByComparator
			};
		}

		List<MentorStrength> list = null;

		if (useFinderCache) {
			list = (List<MentorStrength>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MentorStrength mentorStrength : list) {
					if (mentorProfileId !=
							mentorStrength.getMentorProfileId()) {

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

			sb.append(_SQL_SELECT_MENTORSTRENGTH_WHERE);

			sb.append(_FINDER_COLUMN_MENTORPROFILEID_MENTORPROFILEID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MentorStrengthModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(mentorProfileId);

				list = (List<MentorStrength>)QueryUtil.list(
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
	 * Returns the first mentor strength in the ordered set where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength findByMentorProfileId_First(
			long mentorProfileId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws NoSuchMentorStrengthException {

		MentorStrength mentorStrength = fetchByMentorProfileId_First(
			mentorProfileId, orderByComparator);

		if (mentorStrength != null) {
			return mentorStrength;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("mentorProfileId=");
		sb.append(mentorProfileId);

		sb.append("}");

		throw new NoSuchMentorStrengthException(sb.toString());
	}

	/**
	 * Returns the first mentor strength in the ordered set where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength fetchByMentorProfileId_First(
		long mentorProfileId,
		OrderByComparator<MentorStrength> orderByComparator) {

		List<MentorStrength> list = findByMentorProfileId(
			mentorProfileId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentor strength in the ordered set where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength findByMentorProfileId_Last(
			long mentorProfileId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws NoSuchMentorStrengthException {

		MentorStrength mentorStrength = fetchByMentorProfileId_Last(
			mentorProfileId, orderByComparator);

		if (mentorStrength != null) {
			return mentorStrength;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("mentorProfileId=");
		sb.append(mentorProfileId);

		sb.append("}");

		throw new NoSuchMentorStrengthException(sb.toString());
	}

	/**
	 * Returns the last mentor strength in the ordered set where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength fetchByMentorProfileId_Last(
		long mentorProfileId,
		OrderByComparator<MentorStrength> orderByComparator) {

		int count = countByMentorProfileId(mentorProfileId);

		if (count == 0) {
			return null;
		}

		List<MentorStrength> list = findByMentorProfileId(
			mentorProfileId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
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
	@Override
	public MentorStrength[] findByMentorProfileId_PrevAndNext(
			long mentorStrengthId, long mentorProfileId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws NoSuchMentorStrengthException {

		MentorStrength mentorStrength = findByPrimaryKey(mentorStrengthId);

		Session session = null;

		try {
			session = openSession();

			MentorStrength[] array = new MentorStrengthImpl[3];

			array[0] = getByMentorProfileId_PrevAndNext(
				session, mentorStrength, mentorProfileId, orderByComparator,
				true);

			array[1] = mentorStrength;

			array[2] = getByMentorProfileId_PrevAndNext(
				session, mentorStrength, mentorProfileId, orderByComparator,
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

	protected MentorStrength getByMentorProfileId_PrevAndNext(
		Session session, MentorStrength mentorStrength, long mentorProfileId,
		OrderByComparator<MentorStrength> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_MENTORSTRENGTH_WHERE);

		sb.append(_FINDER_COLUMN_MENTORPROFILEID_MENTORPROFILEID_2);

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
			sb.append(MentorStrengthModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(mentorProfileId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						mentorStrength)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MentorStrength> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
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
	@Override
	public List<MentorStrength> findByMentorProfileId(long[] mentorProfileIds) {
		return findByMentorProfileId(
			mentorProfileIds, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<MentorStrength> findByMentorProfileId(
		long[] mentorProfileIds, int start, int end) {

		return findByMentorProfileId(mentorProfileIds, start, end, null);
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
	@Override
	public List<MentorStrength> findByMentorProfileId(
		long[] mentorProfileIds, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator) {

		return findByMentorProfileId(
			mentorProfileIds, start, end, orderByComparator, true);
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
	@Override
	public List<MentorStrength> findByMentorProfileId(
		long[] mentorProfileIds, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator,
		boolean useFinderCache) {

		if (mentorProfileIds == null) {
			mentorProfileIds = new long[0];
		}
		else if (mentorProfileIds.length > 1) {
			mentorProfileIds = ArrayUtil.sortedUnique(mentorProfileIds);
		}

		if (mentorProfileIds.length == 1) {
			return findByMentorProfileId(
				mentorProfileIds[0], start, end, orderByComparator);
		}

		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderArgs = new Object[] {StringUtil.merge(mentorProfileIds)};
			}
		}
		else if (useFinderCache) {
			finderArgs = new Object[] {
				StringUtil.merge(mentorProfileIds), start, end,
				orderByComparator
			};
		}

		List<MentorStrength> list = null;

		if (useFinderCache) {
			list = (List<MentorStrength>)finderCache.getResult(
				_finderPathWithPaginationFindByMentorProfileId, finderArgs,
				this);

			if ((list != null) && !list.isEmpty()) {
				for (MentorStrength mentorStrength : list) {
					if (!ArrayUtil.contains(
							mentorProfileIds,
							mentorStrength.getMentorProfileId())) {

						list = null;

						break;
					}
				}
			}
		}

		if (list == null) {
			StringBundler sb = new StringBundler();

			sb.append(_SQL_SELECT_MENTORSTRENGTH_WHERE);

			if (mentorProfileIds.length > 0) {
				sb.append("(");

				sb.append(_FINDER_COLUMN_MENTORPROFILEID_MENTORPROFILEID_7);

				sb.append(StringUtil.merge(mentorProfileIds));

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
				sb.append(MentorStrengthModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<MentorStrength>)QueryUtil.list(
					query, getDialect(), start, end);

				cacheResult(list);

				if (useFinderCache) {
					finderCache.putResult(
						_finderPathWithPaginationFindByMentorProfileId,
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
	 * Removes all the mentor strengths where mentorProfileId = &#63; from the database.
	 *
	 * @param mentorProfileId the mentor profile ID
	 */
	@Override
	public void removeByMentorProfileId(long mentorProfileId) {
		for (MentorStrength mentorStrength :
				findByMentorProfileId(
					mentorProfileId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(mentorStrength);
		}
	}

	/**
	 * Returns the number of mentor strengths where mentorProfileId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @return the number of matching mentor strengths
	 */
	@Override
	public int countByMentorProfileId(long mentorProfileId) {
		FinderPath finderPath = _finderPathCountByMentorProfileId;

		Object[] finderArgs = new Object[] {mentorProfileId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MENTORSTRENGTH_WHERE);

			sb.append(_FINDER_COLUMN_MENTORPROFILEID_MENTORPROFILEID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(mentorProfileId);

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
	 * Returns the number of mentor strengths where mentorProfileId = any &#63;.
	 *
	 * @param mentorProfileIds the mentor profile IDs
	 * @return the number of matching mentor strengths
	 */
	@Override
	public int countByMentorProfileId(long[] mentorProfileIds) {
		if (mentorProfileIds == null) {
			mentorProfileIds = new long[0];
		}
		else if (mentorProfileIds.length > 1) {
			mentorProfileIds = ArrayUtil.sortedUnique(mentorProfileIds);
		}

		Object[] finderArgs = new Object[] {StringUtil.merge(mentorProfileIds)};

		Long count = (Long)finderCache.getResult(
			_finderPathWithPaginationCountByMentorProfileId, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler();

			sb.append(_SQL_COUNT_MENTORSTRENGTH_WHERE);

			if (mentorProfileIds.length > 0) {
				sb.append("(");

				sb.append(_FINDER_COLUMN_MENTORPROFILEID_MENTORPROFILEID_7);

				sb.append(StringUtil.merge(mentorProfileIds));

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
					_finderPathWithPaginationCountByMentorProfileId, finderArgs,
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
		_FINDER_COLUMN_MENTORPROFILEID_MENTORPROFILEID_2 =
			"mentorStrength.mentorProfileId = ?";

	private static final String
		_FINDER_COLUMN_MENTORPROFILEID_MENTORPROFILEID_7 =
			"mentorStrength.mentorProfileId IN (";

	private FinderPath _finderPathWithPaginationFindByCompetencyId;
	private FinderPath _finderPathWithoutPaginationFindByCompetencyId;
	private FinderPath _finderPathCountByCompetencyId;

	/**
	 * Returns all the mentor strengths where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @return the matching mentor strengths
	 */
	@Override
	public List<MentorStrength> findByCompetencyId(long competencyId) {
		return findByCompetencyId(
			competencyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<MentorStrength> findByCompetencyId(
		long competencyId, int start, int end) {

		return findByCompetencyId(competencyId, start, end, null);
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
	@Override
	public List<MentorStrength> findByCompetencyId(
		long competencyId, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator) {

		return findByCompetencyId(
			competencyId, start, end, orderByComparator, true);
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
	@Override
	public List<MentorStrength> findByCompetencyId(
		long competencyId, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByCompetencyId;
				finderArgs = new Object[] {competencyId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByCompetencyId;
			finderArgs = new Object[] {
				competencyId, start, end, orderByComparator
			};
		}

		List<MentorStrength> list = null;

		if (useFinderCache) {
			list = (List<MentorStrength>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MentorStrength mentorStrength : list) {
					if (competencyId != mentorStrength.getCompetencyId()) {
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

			sb.append(_SQL_SELECT_MENTORSTRENGTH_WHERE);

			sb.append(_FINDER_COLUMN_COMPETENCYID_COMPETENCYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MentorStrengthModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(competencyId);

				list = (List<MentorStrength>)QueryUtil.list(
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
	 * Returns the first mentor strength in the ordered set where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength findByCompetencyId_First(
			long competencyId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws NoSuchMentorStrengthException {

		MentorStrength mentorStrength = fetchByCompetencyId_First(
			competencyId, orderByComparator);

		if (mentorStrength != null) {
			return mentorStrength;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("competencyId=");
		sb.append(competencyId);

		sb.append("}");

		throw new NoSuchMentorStrengthException(sb.toString());
	}

	/**
	 * Returns the first mentor strength in the ordered set where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength fetchByCompetencyId_First(
		long competencyId,
		OrderByComparator<MentorStrength> orderByComparator) {

		List<MentorStrength> list = findByCompetencyId(
			competencyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentor strength in the ordered set where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength findByCompetencyId_Last(
			long competencyId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws NoSuchMentorStrengthException {

		MentorStrength mentorStrength = fetchByCompetencyId_Last(
			competencyId, orderByComparator);

		if (mentorStrength != null) {
			return mentorStrength;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("competencyId=");
		sb.append(competencyId);

		sb.append("}");

		throw new NoSuchMentorStrengthException(sb.toString());
	}

	/**
	 * Returns the last mentor strength in the ordered set where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength fetchByCompetencyId_Last(
		long competencyId,
		OrderByComparator<MentorStrength> orderByComparator) {

		int count = countByCompetencyId(competencyId);

		if (count == 0) {
			return null;
		}

		List<MentorStrength> list = findByCompetencyId(
			competencyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
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
	@Override
	public MentorStrength[] findByCompetencyId_PrevAndNext(
			long mentorStrengthId, long competencyId,
			OrderByComparator<MentorStrength> orderByComparator)
		throws NoSuchMentorStrengthException {

		MentorStrength mentorStrength = findByPrimaryKey(mentorStrengthId);

		Session session = null;

		try {
			session = openSession();

			MentorStrength[] array = new MentorStrengthImpl[3];

			array[0] = getByCompetencyId_PrevAndNext(
				session, mentorStrength, competencyId, orderByComparator, true);

			array[1] = mentorStrength;

			array[2] = getByCompetencyId_PrevAndNext(
				session, mentorStrength, competencyId, orderByComparator,
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

	protected MentorStrength getByCompetencyId_PrevAndNext(
		Session session, MentorStrength mentorStrength, long competencyId,
		OrderByComparator<MentorStrength> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_MENTORSTRENGTH_WHERE);

		sb.append(_FINDER_COLUMN_COMPETENCYID_COMPETENCYID_2);

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
			sb.append(MentorStrengthModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(competencyId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						mentorStrength)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MentorStrength> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentor strengths where competencyId = &#63; from the database.
	 *
	 * @param competencyId the competency ID
	 */
	@Override
	public void removeByCompetencyId(long competencyId) {
		for (MentorStrength mentorStrength :
				findByCompetencyId(
					competencyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(mentorStrength);
		}
	}

	/**
	 * Returns the number of mentor strengths where competencyId = &#63;.
	 *
	 * @param competencyId the competency ID
	 * @return the number of matching mentor strengths
	 */
	@Override
	public int countByCompetencyId(long competencyId) {
		FinderPath finderPath = _finderPathCountByCompetencyId;

		Object[] finderArgs = new Object[] {competencyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MENTORSTRENGTH_WHERE);

			sb.append(_FINDER_COLUMN_COMPETENCYID_COMPETENCYID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(competencyId);

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

	private static final String _FINDER_COLUMN_COMPETENCYID_COMPETENCYID_2 =
		"mentorStrength.competencyId = ?";

	private FinderPath _finderPathFetchByM_C;

	/**
	 * Returns the mentor strength where mentorProfileId = &#63; and competencyId = &#63; or throws a <code>NoSuchMentorStrengthException</code> if it could not be found.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param competencyId the competency ID
	 * @return the matching mentor strength
	 * @throws NoSuchMentorStrengthException if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength findByM_C(long mentorProfileId, long competencyId)
		throws NoSuchMentorStrengthException {

		MentorStrength mentorStrength = fetchByM_C(
			mentorProfileId, competencyId);

		if (mentorStrength == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("mentorProfileId=");
			sb.append(mentorProfileId);

			sb.append(", competencyId=");
			sb.append(competencyId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchMentorStrengthException(sb.toString());
		}

		return mentorStrength;
	}

	/**
	 * Returns the mentor strength where mentorProfileId = &#63; and competencyId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param competencyId the competency ID
	 * @return the matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength fetchByM_C(long mentorProfileId, long competencyId) {
		return fetchByM_C(mentorProfileId, competencyId, true);
	}

	/**
	 * Returns the mentor strength where mentorProfileId = &#63; and competencyId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param competencyId the competency ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	@Override
	public MentorStrength fetchByM_C(
		long mentorProfileId, long competencyId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {mentorProfileId, competencyId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByM_C, finderArgs, this);
		}

		if (result instanceof MentorStrength) {
			MentorStrength mentorStrength = (MentorStrength)result;

			if ((mentorProfileId != mentorStrength.getMentorProfileId()) ||
				(competencyId != mentorStrength.getCompetencyId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_MENTORSTRENGTH_WHERE);

			sb.append(_FINDER_COLUMN_M_C_MENTORPROFILEID_2);

			sb.append(_FINDER_COLUMN_M_C_COMPETENCYID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(mentorProfileId);

				queryPos.add(competencyId);

				List<MentorStrength> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByM_C, finderArgs, list);
					}
				}
				else {
					MentorStrength mentorStrength = list.get(0);

					result = mentorStrength;

					cacheResult(mentorStrength);
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
			return (MentorStrength)result;
		}
	}

	/**
	 * Removes the mentor strength where mentorProfileId = &#63; and competencyId = &#63; from the database.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param competencyId the competency ID
	 * @return the mentor strength that was removed
	 */
	@Override
	public MentorStrength removeByM_C(long mentorProfileId, long competencyId)
		throws NoSuchMentorStrengthException {

		MentorStrength mentorStrength = findByM_C(
			mentorProfileId, competencyId);

		return remove(mentorStrength);
	}

	/**
	 * Returns the number of mentor strengths where mentorProfileId = &#63; and competencyId = &#63;.
	 *
	 * @param mentorProfileId the mentor profile ID
	 * @param competencyId the competency ID
	 * @return the number of matching mentor strengths
	 */
	@Override
	public int countByM_C(long mentorProfileId, long competencyId) {
		MentorStrength mentorStrength = fetchByM_C(
			mentorProfileId, competencyId);

		if (mentorStrength == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_M_C_MENTORPROFILEID_2 =
		"mentorStrength.mentorProfileId = ? AND ";

	private static final String _FINDER_COLUMN_M_C_COMPETENCYID_2 =
		"mentorStrength.competencyId = ?";

	public MentorStrengthPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("uuid", "uuid_");

		setDBColumnNames(dbColumnNames);

		setModelClass(MentorStrength.class);

		setModelImplClass(MentorStrengthImpl.class);
		setModelPKClass(long.class);

		setTable(MentorStrengthTable.INSTANCE);
	}

	/**
	 * Caches the mentor strength in the entity cache if it is enabled.
	 *
	 * @param mentorStrength the mentor strength
	 */
	@Override
	public void cacheResult(MentorStrength mentorStrength) {
		entityCache.putResult(
			MentorStrengthImpl.class, mentorStrength.getPrimaryKey(),
			mentorStrength);

		finderCache.putResult(
			_finderPathFetchByUUID_G,
			new Object[] {
				mentorStrength.getUuid(), mentorStrength.getGroupId()
			},
			mentorStrength);

		finderCache.putResult(
			_finderPathFetchByM_C,
			new Object[] {
				mentorStrength.getMentorProfileId(),
				mentorStrength.getCompetencyId()
			},
			mentorStrength);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the mentor strengths in the entity cache if it is enabled.
	 *
	 * @param mentorStrengths the mentor strengths
	 */
	@Override
	public void cacheResult(List<MentorStrength> mentorStrengths) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (mentorStrengths.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (MentorStrength mentorStrength : mentorStrengths) {
			if (entityCache.getResult(
					MentorStrengthImpl.class, mentorStrength.getPrimaryKey()) ==
						null) {

				cacheResult(mentorStrength);
			}
		}
	}

	/**
	 * Clears the cache for all mentor strengths.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(MentorStrengthImpl.class);

		finderCache.clearCache(MentorStrengthImpl.class);
	}

	/**
	 * Clears the cache for the mentor strength.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(MentorStrength mentorStrength) {
		entityCache.removeResult(MentorStrengthImpl.class, mentorStrength);
	}

	@Override
	public void clearCache(List<MentorStrength> mentorStrengths) {
		for (MentorStrength mentorStrength : mentorStrengths) {
			entityCache.removeResult(MentorStrengthImpl.class, mentorStrength);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(MentorStrengthImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(MentorStrengthImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		MentorStrengthModelImpl mentorStrengthModelImpl) {

		Object[] args = new Object[] {
			mentorStrengthModelImpl.getUuid(),
			mentorStrengthModelImpl.getGroupId()
		};

		finderCache.putResult(
			_finderPathFetchByUUID_G, args, mentorStrengthModelImpl);

		args = new Object[] {
			mentorStrengthModelImpl.getMentorProfileId(),
			mentorStrengthModelImpl.getCompetencyId()
		};

		finderCache.putResult(
			_finderPathFetchByM_C, args, mentorStrengthModelImpl);
	}

	/**
	 * Creates a new mentor strength with the primary key. Does not add the mentor strength to the database.
	 *
	 * @param mentorStrengthId the primary key for the new mentor strength
	 * @return the new mentor strength
	 */
	@Override
	public MentorStrength create(long mentorStrengthId) {
		MentorStrength mentorStrength = new MentorStrengthImpl();

		mentorStrength.setNew(true);
		mentorStrength.setPrimaryKey(mentorStrengthId);

		String uuid = PortalUUIDUtil.generate();

		mentorStrength.setUuid(uuid);

		mentorStrength.setCompanyId(CompanyThreadLocal.getCompanyId());

		return mentorStrength;
	}

	/**
	 * Removes the mentor strength with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param mentorStrengthId the primary key of the mentor strength
	 * @return the mentor strength that was removed
	 * @throws NoSuchMentorStrengthException if a mentor strength with the primary key could not be found
	 */
	@Override
	public MentorStrength remove(long mentorStrengthId)
		throws NoSuchMentorStrengthException {

		return remove((Serializable)mentorStrengthId);
	}

	/**
	 * Removes the mentor strength with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the mentor strength
	 * @return the mentor strength that was removed
	 * @throws NoSuchMentorStrengthException if a mentor strength with the primary key could not be found
	 */
	@Override
	public MentorStrength remove(Serializable primaryKey)
		throws NoSuchMentorStrengthException {

		Session session = null;

		try {
			session = openSession();

			MentorStrength mentorStrength = (MentorStrength)session.get(
				MentorStrengthImpl.class, primaryKey);

			if (mentorStrength == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchMentorStrengthException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(mentorStrength);
		}
		catch (NoSuchMentorStrengthException noSuchEntityException) {
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
	protected MentorStrength removeImpl(MentorStrength mentorStrength) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(mentorStrength)) {
				mentorStrength = (MentorStrength)session.get(
					MentorStrengthImpl.class,
					mentorStrength.getPrimaryKeyObj());
			}

			if (mentorStrength != null) {
				session.delete(mentorStrength);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (mentorStrength != null) {
			clearCache(mentorStrength);
		}

		return mentorStrength;
	}

	@Override
	public MentorStrength updateImpl(MentorStrength mentorStrength) {
		boolean isNew = mentorStrength.isNew();

		if (!(mentorStrength instanceof MentorStrengthModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(mentorStrength.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					mentorStrength);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in mentorStrength proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom MentorStrength implementation " +
					mentorStrength.getClass());
		}

		MentorStrengthModelImpl mentorStrengthModelImpl =
			(MentorStrengthModelImpl)mentorStrength;

		if (Validator.isNull(mentorStrength.getUuid())) {
			String uuid = PortalUUIDUtil.generate();

			mentorStrength.setUuid(uuid);
		}

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (mentorStrength.getCreateDate() == null)) {
			if (serviceContext == null) {
				mentorStrength.setCreateDate(date);
			}
			else {
				mentorStrength.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!mentorStrengthModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				mentorStrength.setModifiedDate(date);
			}
			else {
				mentorStrength.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(mentorStrength);
			}
			else {
				mentorStrength = (MentorStrength)session.merge(mentorStrength);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			MentorStrengthImpl.class, mentorStrengthModelImpl, false, true);

		cacheUniqueFindersCache(mentorStrengthModelImpl);

		if (isNew) {
			mentorStrength.setNew(false);
		}

		mentorStrength.resetOriginalValues();

		return mentorStrength;
	}

	/**
	 * Returns the mentor strength with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the mentor strength
	 * @return the mentor strength
	 * @throws NoSuchMentorStrengthException if a mentor strength with the primary key could not be found
	 */
	@Override
	public MentorStrength findByPrimaryKey(Serializable primaryKey)
		throws NoSuchMentorStrengthException {

		MentorStrength mentorStrength = fetchByPrimaryKey(primaryKey);

		if (mentorStrength == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchMentorStrengthException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return mentorStrength;
	}

	/**
	 * Returns the mentor strength with the primary key or throws a <code>NoSuchMentorStrengthException</code> if it could not be found.
	 *
	 * @param mentorStrengthId the primary key of the mentor strength
	 * @return the mentor strength
	 * @throws NoSuchMentorStrengthException if a mentor strength with the primary key could not be found
	 */
	@Override
	public MentorStrength findByPrimaryKey(long mentorStrengthId)
		throws NoSuchMentorStrengthException {

		return findByPrimaryKey((Serializable)mentorStrengthId);
	}

	/**
	 * Returns the mentor strength with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param mentorStrengthId the primary key of the mentor strength
	 * @return the mentor strength, or <code>null</code> if a mentor strength with the primary key could not be found
	 */
	@Override
	public MentorStrength fetchByPrimaryKey(long mentorStrengthId) {
		return fetchByPrimaryKey((Serializable)mentorStrengthId);
	}

	/**
	 * Returns all the mentor strengths.
	 *
	 * @return the mentor strengths
	 */
	@Override
	public List<MentorStrength> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<MentorStrength> findAll(int start, int end) {
		return findAll(start, end, null);
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
	@Override
	public List<MentorStrength> findAll(
		int start, int end,
		OrderByComparator<MentorStrength> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
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
	@Override
	public List<MentorStrength> findAll(
		int start, int end, OrderByComparator<MentorStrength> orderByComparator,
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

		List<MentorStrength> list = null;

		if (useFinderCache) {
			list = (List<MentorStrength>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_MENTORSTRENGTH);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_MENTORSTRENGTH;

				sql = sql.concat(MentorStrengthModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<MentorStrength>)QueryUtil.list(
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
	 * Removes all the mentor strengths from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (MentorStrength mentorStrength : findAll()) {
			remove(mentorStrength);
		}
	}

	/**
	 * Returns the number of mentor strengths.
	 *
	 * @return the number of mentor strengths
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_MENTORSTRENGTH);

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
		return "mentorStrengthId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_MENTORSTRENGTH;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return MentorStrengthModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the mentor strength persistence.
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

		_finderPathWithPaginationFindByMentorProfileId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByMentorProfileId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"mentorProfileId"}, true);

		_finderPathWithoutPaginationFindByMentorProfileId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByMentorProfileId",
			new String[] {Long.class.getName()},
			new String[] {"mentorProfileId"}, true);

		_finderPathCountByMentorProfileId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByMentorProfileId",
			new String[] {Long.class.getName()},
			new String[] {"mentorProfileId"}, false);

		_finderPathWithPaginationCountByMentorProfileId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "countByMentorProfileId",
			new String[] {Long.class.getName()},
			new String[] {"mentorProfileId"}, false);

		_finderPathWithPaginationFindByCompetencyId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByCompetencyId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"competencyId"}, true);

		_finderPathWithoutPaginationFindByCompetencyId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByCompetencyId",
			new String[] {Long.class.getName()}, new String[] {"competencyId"},
			true);

		_finderPathCountByCompetencyId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByCompetencyId",
			new String[] {Long.class.getName()}, new String[] {"competencyId"},
			false);

		_finderPathFetchByM_C = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByM_C",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"mentorProfileId", "competencyId"}, true);

		MentorStrengthUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		MentorStrengthUtil.setPersistence(null);

		entityCache.removeCache(MentorStrengthImpl.class.getName());
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

	private static final String _SQL_SELECT_MENTORSTRENGTH =
		"SELECT mentorStrength FROM MentorStrength mentorStrength";

	private static final String _SQL_SELECT_MENTORSTRENGTH_WHERE =
		"SELECT mentorStrength FROM MentorStrength mentorStrength WHERE ";

	private static final String _SQL_COUNT_MENTORSTRENGTH =
		"SELECT COUNT(mentorStrength) FROM MentorStrength mentorStrength";

	private static final String _SQL_COUNT_MENTORSTRENGTH_WHERE =
		"SELECT COUNT(mentorStrength) FROM MentorStrength mentorStrength WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "mentorStrength.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No MentorStrength exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No MentorStrength exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		MentorStrengthPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"uuid"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}