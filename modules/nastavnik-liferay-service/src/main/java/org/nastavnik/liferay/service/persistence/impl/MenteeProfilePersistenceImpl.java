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

import org.nastavnik.liferay.exception.NoSuchMenteeProfileException;
import org.nastavnik.liferay.model.MenteeProfile;
import org.nastavnik.liferay.model.MenteeProfileTable;
import org.nastavnik.liferay.model.impl.MenteeProfileImpl;
import org.nastavnik.liferay.model.impl.MenteeProfileModelImpl;
import org.nastavnik.liferay.service.persistence.MenteeProfilePersistence;
import org.nastavnik.liferay.service.persistence.MenteeProfileUtil;
import org.nastavnik.liferay.service.persistence.impl.constants.NastavnikPersistenceConstants;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The persistence implementation for the mentee profile service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @generated
 */
@Component(service = MenteeProfilePersistence.class)
public class MenteeProfilePersistenceImpl
	extends BasePersistenceImpl<MenteeProfile>
	implements MenteeProfilePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>MenteeProfileUtil</code> to access the mentee profile persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		MenteeProfileImpl.class.getName();

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
	 * Returns all the mentee profiles where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByUuid(String uuid) {
		return findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentee profiles where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @return the range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByUuid(String uuid, int start, int end) {
		return findByUuid(uuid, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentee profiles where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return findByUuid(uuid, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentee profiles where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator,
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

		List<MenteeProfile> list = null;

		if (useFinderCache) {
			list = (List<MenteeProfile>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MenteeProfile menteeProfile : list) {
					if (!uuid.equals(menteeProfile.getUuid())) {
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

			sb.append(_SQL_SELECT_MENTEEPROFILE_WHERE);

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
				sb.append(MenteeProfileModelImpl.ORDER_BY_JPQL);
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

				list = (List<MenteeProfile>)QueryUtil.list(
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
	 * Returns the first mentee profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile findByUuid_First(
			String uuid, OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = fetchByUuid_First(
			uuid, orderByComparator);

		if (menteeProfile != null) {
			return menteeProfile;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchMenteeProfileException(sb.toString());
	}

	/**
	 * Returns the first mentee profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile fetchByUuid_First(
		String uuid, OrderByComparator<MenteeProfile> orderByComparator) {

		List<MenteeProfile> list = findByUuid(uuid, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentee profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile findByUuid_Last(
			String uuid, OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = fetchByUuid_Last(uuid, orderByComparator);

		if (menteeProfile != null) {
			return menteeProfile;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchMenteeProfileException(sb.toString());
	}

	/**
	 * Returns the last mentee profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile fetchByUuid_Last(
		String uuid, OrderByComparator<MenteeProfile> orderByComparator) {

		int count = countByUuid(uuid);

		if (count == 0) {
			return null;
		}

		List<MenteeProfile> list = findByUuid(
			uuid, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the mentee profiles before and after the current mentee profile in the ordered set where uuid = &#63;.
	 *
	 * @param menteeProfileId the primary key of the current mentee profile
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	@Override
	public MenteeProfile[] findByUuid_PrevAndNext(
			long menteeProfileId, String uuid,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		uuid = Objects.toString(uuid, "");

		MenteeProfile menteeProfile = findByPrimaryKey(menteeProfileId);

		Session session = null;

		try {
			session = openSession();

			MenteeProfile[] array = new MenteeProfileImpl[3];

			array[0] = getByUuid_PrevAndNext(
				session, menteeProfile, uuid, orderByComparator, true);

			array[1] = menteeProfile;

			array[2] = getByUuid_PrevAndNext(
				session, menteeProfile, uuid, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected MenteeProfile getByUuid_PrevAndNext(
		Session session, MenteeProfile menteeProfile, String uuid,
		OrderByComparator<MenteeProfile> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_MENTEEPROFILE_WHERE);

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
			sb.append(MenteeProfileModelImpl.ORDER_BY_JPQL);
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
						menteeProfile)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MenteeProfile> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentee profiles where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	@Override
	public void removeByUuid(String uuid) {
		for (MenteeProfile menteeProfile :
				findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(menteeProfile);
		}
	}

	/**
	 * Returns the number of mentee profiles where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching mentee profiles
	 */
	@Override
	public int countByUuid(String uuid) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid;

		Object[] finderArgs = new Object[] {uuid};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MENTEEPROFILE_WHERE);

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
		"menteeProfile.uuid = ?";

	private static final String _FINDER_COLUMN_UUID_UUID_3 =
		"(menteeProfile.uuid IS NULL OR menteeProfile.uuid = '')";

	private FinderPath _finderPathFetchByUUID_G;

	/**
	 * Returns the mentee profile where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchMenteeProfileException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile findByUUID_G(String uuid, long groupId)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = fetchByUUID_G(uuid, groupId);

		if (menteeProfile == null) {
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

			throw new NoSuchMenteeProfileException(sb.toString());
		}

		return menteeProfile;
	}

	/**
	 * Returns the mentee profile where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile fetchByUUID_G(String uuid, long groupId) {
		return fetchByUUID_G(uuid, groupId, true);
	}

	/**
	 * Returns the mentee profile where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile fetchByUUID_G(
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

		if (result instanceof MenteeProfile) {
			MenteeProfile menteeProfile = (MenteeProfile)result;

			if (!Objects.equals(uuid, menteeProfile.getUuid()) ||
				(groupId != menteeProfile.getGroupId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_MENTEEPROFILE_WHERE);

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

				List<MenteeProfile> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByUUID_G, finderArgs, list);
					}
				}
				else {
					MenteeProfile menteeProfile = list.get(0);

					result = menteeProfile;

					cacheResult(menteeProfile);
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
			return (MenteeProfile)result;
		}
	}

	/**
	 * Removes the mentee profile where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the mentee profile that was removed
	 */
	@Override
	public MenteeProfile removeByUUID_G(String uuid, long groupId)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = findByUUID_G(uuid, groupId);

		return remove(menteeProfile);
	}

	/**
	 * Returns the number of mentee profiles where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching mentee profiles
	 */
	@Override
	public int countByUUID_G(String uuid, long groupId) {
		MenteeProfile menteeProfile = fetchByUUID_G(uuid, groupId);

		if (menteeProfile == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_UUID_G_UUID_2 =
		"menteeProfile.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_G_UUID_3 =
		"(menteeProfile.uuid IS NULL OR menteeProfile.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_G_GROUPID_2 =
		"menteeProfile.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByUuid_C;
	private FinderPath _finderPathWithoutPaginationFindByUuid_C;
	private FinderPath _finderPathCountByUuid_C;

	/**
	 * Returns all the mentee profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByUuid_C(String uuid, long companyId) {
		return findByUuid_C(
			uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentee profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @return the range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return findByUuid_C(uuid, companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentee profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return findByUuid_C(
			uuid, companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentee profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator,
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

		List<MenteeProfile> list = null;

		if (useFinderCache) {
			list = (List<MenteeProfile>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MenteeProfile menteeProfile : list) {
					if (!uuid.equals(menteeProfile.getUuid()) ||
						(companyId != menteeProfile.getCompanyId())) {

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

			sb.append(_SQL_SELECT_MENTEEPROFILE_WHERE);

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
				sb.append(MenteeProfileModelImpl.ORDER_BY_JPQL);
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

				list = (List<MenteeProfile>)QueryUtil.list(
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
	 * Returns the first mentee profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = fetchByUuid_C_First(
			uuid, companyId, orderByComparator);

		if (menteeProfile != null) {
			return menteeProfile;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchMenteeProfileException(sb.toString());
	}

	/**
	 * Returns the first mentee profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<MenteeProfile> orderByComparator) {

		List<MenteeProfile> list = findByUuid_C(
			uuid, companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentee profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);

		if (menteeProfile != null) {
			return menteeProfile;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchMenteeProfileException(sb.toString());
	}

	/**
	 * Returns the last mentee profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<MenteeProfile> orderByComparator) {

		int count = countByUuid_C(uuid, companyId);

		if (count == 0) {
			return null;
		}

		List<MenteeProfile> list = findByUuid_C(
			uuid, companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the mentee profiles before and after the current mentee profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param menteeProfileId the primary key of the current mentee profile
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	@Override
	public MenteeProfile[] findByUuid_C_PrevAndNext(
			long menteeProfileId, String uuid, long companyId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		uuid = Objects.toString(uuid, "");

		MenteeProfile menteeProfile = findByPrimaryKey(menteeProfileId);

		Session session = null;

		try {
			session = openSession();

			MenteeProfile[] array = new MenteeProfileImpl[3];

			array[0] = getByUuid_C_PrevAndNext(
				session, menteeProfile, uuid, companyId, orderByComparator,
				true);

			array[1] = menteeProfile;

			array[2] = getByUuid_C_PrevAndNext(
				session, menteeProfile, uuid, companyId, orderByComparator,
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

	protected MenteeProfile getByUuid_C_PrevAndNext(
		Session session, MenteeProfile menteeProfile, String uuid,
		long companyId, OrderByComparator<MenteeProfile> orderByComparator,
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

		sb.append(_SQL_SELECT_MENTEEPROFILE_WHERE);

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
			sb.append(MenteeProfileModelImpl.ORDER_BY_JPQL);
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
						menteeProfile)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MenteeProfile> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentee profiles where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	@Override
	public void removeByUuid_C(String uuid, long companyId) {
		for (MenteeProfile menteeProfile :
				findByUuid_C(
					uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(menteeProfile);
		}
	}

	/**
	 * Returns the number of mentee profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching mentee profiles
	 */
	@Override
	public int countByUuid_C(String uuid, long companyId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid_C;

		Object[] finderArgs = new Object[] {uuid, companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_MENTEEPROFILE_WHERE);

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
		"menteeProfile.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_C_UUID_3 =
		"(menteeProfile.uuid IS NULL OR menteeProfile.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_C_COMPANYID_2 =
		"menteeProfile.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByGroupId;
	private FinderPath _finderPathWithoutPaginationFindByGroupId;
	private FinderPath _finderPathCountByGroupId;

	/**
	 * Returns all the mentee profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByGroupId(long groupId) {
		return findByGroupId(
			groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentee profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @return the range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByGroupId(long groupId, int start, int end) {
		return findByGroupId(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentee profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return findByGroupId(groupId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentee profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator,
		boolean useFinderCache) {

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

		List<MenteeProfile> list = null;

		if (useFinderCache) {
			list = (List<MenteeProfile>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MenteeProfile menteeProfile : list) {
					if (groupId != menteeProfile.getGroupId()) {
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

			sb.append(_SQL_SELECT_MENTEEPROFILE_WHERE);

			sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MenteeProfileModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				list = (List<MenteeProfile>)QueryUtil.list(
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
	 * Returns the first mentee profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile findByGroupId_First(
			long groupId, OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = fetchByGroupId_First(
			groupId, orderByComparator);

		if (menteeProfile != null) {
			return menteeProfile;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchMenteeProfileException(sb.toString());
	}

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile fetchByGroupId_First(
		long groupId, OrderByComparator<MenteeProfile> orderByComparator) {

		List<MenteeProfile> list = findByGroupId(
			groupId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile findByGroupId_Last(
			long groupId, OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = fetchByGroupId_Last(
			groupId, orderByComparator);

		if (menteeProfile != null) {
			return menteeProfile;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchMenteeProfileException(sb.toString());
	}

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile fetchByGroupId_Last(
		long groupId, OrderByComparator<MenteeProfile> orderByComparator) {

		int count = countByGroupId(groupId);

		if (count == 0) {
			return null;
		}

		List<MenteeProfile> list = findByGroupId(
			groupId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the mentee profiles before and after the current mentee profile in the ordered set where groupId = &#63;.
	 *
	 * @param menteeProfileId the primary key of the current mentee profile
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	@Override
	public MenteeProfile[] findByGroupId_PrevAndNext(
			long menteeProfileId, long groupId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = findByPrimaryKey(menteeProfileId);

		Session session = null;

		try {
			session = openSession();

			MenteeProfile[] array = new MenteeProfileImpl[3];

			array[0] = getByGroupId_PrevAndNext(
				session, menteeProfile, groupId, orderByComparator, true);

			array[1] = menteeProfile;

			array[2] = getByGroupId_PrevAndNext(
				session, menteeProfile, groupId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected MenteeProfile getByGroupId_PrevAndNext(
		Session session, MenteeProfile menteeProfile, long groupId,
		OrderByComparator<MenteeProfile> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_MENTEEPROFILE_WHERE);

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
			sb.append(MenteeProfileModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						menteeProfile)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MenteeProfile> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentee profiles where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	@Override
	public void removeByGroupId(long groupId) {
		for (MenteeProfile menteeProfile :
				findByGroupId(
					groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(menteeProfile);
		}
	}

	/**
	 * Returns the number of mentee profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching mentee profiles
	 */
	@Override
	public int countByGroupId(long groupId) {
		FinderPath finderPath = _finderPathCountByGroupId;

		Object[] finderArgs = new Object[] {groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MENTEEPROFILE_WHERE);

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
		"menteeProfile.groupId = ?";

	private FinderPath _finderPathFetchByG_U;

	/**
	 * Returns the mentee profile where groupId = &#63; and userId = &#63; or throws a <code>NoSuchMenteeProfileException</code> if it could not be found.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile findByG_U(long groupId, long userId)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = fetchByG_U(groupId, userId);

		if (menteeProfile == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("groupId=");
			sb.append(groupId);

			sb.append(", userId=");
			sb.append(userId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchMenteeProfileException(sb.toString());
		}

		return menteeProfile;
	}

	/**
	 * Returns the mentee profile where groupId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile fetchByG_U(long groupId, long userId) {
		return fetchByG_U(groupId, userId, true);
	}

	/**
	 * Returns the mentee profile where groupId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile fetchByG_U(
		long groupId, long userId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {groupId, userId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByG_U, finderArgs, this);
		}

		if (result instanceof MenteeProfile) {
			MenteeProfile menteeProfile = (MenteeProfile)result;

			if ((groupId != menteeProfile.getGroupId()) ||
				(userId != menteeProfile.getUserId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_MENTEEPROFILE_WHERE);

			sb.append(_FINDER_COLUMN_G_U_GROUPID_2);

			sb.append(_FINDER_COLUMN_G_U_USERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				queryPos.add(userId);

				List<MenteeProfile> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByG_U, finderArgs, list);
					}
				}
				else {
					MenteeProfile menteeProfile = list.get(0);

					result = menteeProfile;

					cacheResult(menteeProfile);
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
			return (MenteeProfile)result;
		}
	}

	/**
	 * Removes the mentee profile where groupId = &#63; and userId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the mentee profile that was removed
	 */
	@Override
	public MenteeProfile removeByG_U(long groupId, long userId)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = findByG_U(groupId, userId);

		return remove(menteeProfile);
	}

	/**
	 * Returns the number of mentee profiles where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the number of matching mentee profiles
	 */
	@Override
	public int countByG_U(long groupId, long userId) {
		MenteeProfile menteeProfile = fetchByG_U(groupId, userId);

		if (menteeProfile == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_G_U_GROUPID_2 =
		"menteeProfile.groupId = ? AND ";

	private static final String _FINDER_COLUMN_G_U_USERID_2 =
		"menteeProfile.userId = ?";

	private FinderPath _finderPathWithPaginationFindByG_C;
	private FinderPath _finderPathWithoutPaginationFindByG_C;
	private FinderPath _finderPathCountByG_C;

	/**
	 * Returns all the mentee profiles where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @return the matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByG_C(long groupId, String category) {
		return findByG_C(
			groupId, category, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentee profiles where groupId = &#63; and category = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @return the range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByG_C(
		long groupId, String category, int start, int end) {

		return findByG_C(groupId, category, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentee profiles where groupId = &#63; and category = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByG_C(
		long groupId, String category, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return findByG_C(
			groupId, category, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentee profiles where groupId = &#63; and category = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByG_C(
		long groupId, String category, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator,
		boolean useFinderCache) {

		category = Objects.toString(category, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByG_C;
				finderArgs = new Object[] {groupId, category};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByG_C;
			finderArgs = new Object[] {
				groupId, category, start, end, orderByComparator
			};
		}

		List<MenteeProfile> list = null;

		if (useFinderCache) {
			list = (List<MenteeProfile>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MenteeProfile menteeProfile : list) {
					if ((groupId != menteeProfile.getGroupId()) ||
						!category.equals(menteeProfile.getCategory())) {

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

			sb.append(_SQL_SELECT_MENTEEPROFILE_WHERE);

			sb.append(_FINDER_COLUMN_G_C_GROUPID_2);

			boolean bindCategory = false;

			if (category.isEmpty()) {
				sb.append(_FINDER_COLUMN_G_C_CATEGORY_3);
			}
			else {
				bindCategory = true;

				sb.append(_FINDER_COLUMN_G_C_CATEGORY_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MenteeProfileModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				if (bindCategory) {
					queryPos.add(category);
				}

				list = (List<MenteeProfile>)QueryUtil.list(
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
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile findByG_C_First(
			long groupId, String category,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = fetchByG_C_First(
			groupId, category, orderByComparator);

		if (menteeProfile != null) {
			return menteeProfile;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", category=");
		sb.append(category);

		sb.append("}");

		throw new NoSuchMenteeProfileException(sb.toString());
	}

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile fetchByG_C_First(
		long groupId, String category,
		OrderByComparator<MenteeProfile> orderByComparator) {

		List<MenteeProfile> list = findByG_C(
			groupId, category, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile findByG_C_Last(
			long groupId, String category,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = fetchByG_C_Last(
			groupId, category, orderByComparator);

		if (menteeProfile != null) {
			return menteeProfile;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", category=");
		sb.append(category);

		sb.append("}");

		throw new NoSuchMenteeProfileException(sb.toString());
	}

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile fetchByG_C_Last(
		long groupId, String category,
		OrderByComparator<MenteeProfile> orderByComparator) {

		int count = countByG_C(groupId, category);

		if (count == 0) {
			return null;
		}

		List<MenteeProfile> list = findByG_C(
			groupId, category, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the mentee profiles before and after the current mentee profile in the ordered set where groupId = &#63; and category = &#63;.
	 *
	 * @param menteeProfileId the primary key of the current mentee profile
	 * @param groupId the group ID
	 * @param category the category
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	@Override
	public MenteeProfile[] findByG_C_PrevAndNext(
			long menteeProfileId, long groupId, String category,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		category = Objects.toString(category, "");

		MenteeProfile menteeProfile = findByPrimaryKey(menteeProfileId);

		Session session = null;

		try {
			session = openSession();

			MenteeProfile[] array = new MenteeProfileImpl[3];

			array[0] = getByG_C_PrevAndNext(
				session, menteeProfile, groupId, category, orderByComparator,
				true);

			array[1] = menteeProfile;

			array[2] = getByG_C_PrevAndNext(
				session, menteeProfile, groupId, category, orderByComparator,
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

	protected MenteeProfile getByG_C_PrevAndNext(
		Session session, MenteeProfile menteeProfile, long groupId,
		String category, OrderByComparator<MenteeProfile> orderByComparator,
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

		sb.append(_SQL_SELECT_MENTEEPROFILE_WHERE);

		sb.append(_FINDER_COLUMN_G_C_GROUPID_2);

		boolean bindCategory = false;

		if (category.isEmpty()) {
			sb.append(_FINDER_COLUMN_G_C_CATEGORY_3);
		}
		else {
			bindCategory = true;

			sb.append(_FINDER_COLUMN_G_C_CATEGORY_2);
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
			sb.append(MenteeProfileModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		if (bindCategory) {
			queryPos.add(category);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						menteeProfile)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MenteeProfile> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentee profiles where groupId = &#63; and category = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 */
	@Override
	public void removeByG_C(long groupId, String category) {
		for (MenteeProfile menteeProfile :
				findByG_C(
					groupId, category, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(menteeProfile);
		}
	}

	/**
	 * Returns the number of mentee profiles where groupId = &#63; and category = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @return the number of matching mentee profiles
	 */
	@Override
	public int countByG_C(long groupId, String category) {
		category = Objects.toString(category, "");

		FinderPath finderPath = _finderPathCountByG_C;

		Object[] finderArgs = new Object[] {groupId, category};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_MENTEEPROFILE_WHERE);

			sb.append(_FINDER_COLUMN_G_C_GROUPID_2);

			boolean bindCategory = false;

			if (category.isEmpty()) {
				sb.append(_FINDER_COLUMN_G_C_CATEGORY_3);
			}
			else {
				bindCategory = true;

				sb.append(_FINDER_COLUMN_G_C_CATEGORY_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				if (bindCategory) {
					queryPos.add(category);
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

	private static final String _FINDER_COLUMN_G_C_GROUPID_2 =
		"menteeProfile.groupId = ? AND ";

	private static final String _FINDER_COLUMN_G_C_CATEGORY_2 =
		"menteeProfile.category = ?";

	private static final String _FINDER_COLUMN_G_C_CATEGORY_3 =
		"(menteeProfile.category IS NULL OR menteeProfile.category = '')";

	private FinderPath _finderPathWithPaginationFindByG_O;
	private FinderPath _finderPathWithoutPaginationFindByG_O;
	private FinderPath _finderPathCountByG_O;

	/**
	 * Returns all the mentee profiles where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @return the matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByG_O(long groupId, long organizationId) {
		return findByG_O(
			groupId, organizationId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
			null);
	}

	/**
	 * Returns a range of all the mentee profiles where groupId = &#63; and organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @return the range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByG_O(
		long groupId, long organizationId, int start, int end) {

		return findByG_O(groupId, organizationId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentee profiles where groupId = &#63; and organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByG_O(
		long groupId, long organizationId, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return findByG_O(
			groupId, organizationId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentee profiles where groupId = &#63; and organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByG_O(
		long groupId, long organizationId, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByG_O;
				finderArgs = new Object[] {groupId, organizationId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByG_O;
			finderArgs = new Object[] {
				groupId, organizationId, start, end, orderByComparator
			};
		}

		List<MenteeProfile> list = null;

		if (useFinderCache) {
			list = (List<MenteeProfile>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MenteeProfile menteeProfile : list) {
					if ((groupId != menteeProfile.getGroupId()) ||
						(organizationId != menteeProfile.getOrganizationId())) {

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

			sb.append(_SQL_SELECT_MENTEEPROFILE_WHERE);

			sb.append(_FINDER_COLUMN_G_O_GROUPID_2);

			sb.append(_FINDER_COLUMN_G_O_ORGANIZATIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MenteeProfileModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				queryPos.add(organizationId);

				list = (List<MenteeProfile>)QueryUtil.list(
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
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile findByG_O_First(
			long groupId, long organizationId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = fetchByG_O_First(
			groupId, organizationId, orderByComparator);

		if (menteeProfile != null) {
			return menteeProfile;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", organizationId=");
		sb.append(organizationId);

		sb.append("}");

		throw new NoSuchMenteeProfileException(sb.toString());
	}

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile fetchByG_O_First(
		long groupId, long organizationId,
		OrderByComparator<MenteeProfile> orderByComparator) {

		List<MenteeProfile> list = findByG_O(
			groupId, organizationId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile findByG_O_Last(
			long groupId, long organizationId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = fetchByG_O_Last(
			groupId, organizationId, orderByComparator);

		if (menteeProfile != null) {
			return menteeProfile;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", organizationId=");
		sb.append(organizationId);

		sb.append("}");

		throw new NoSuchMenteeProfileException(sb.toString());
	}

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile fetchByG_O_Last(
		long groupId, long organizationId,
		OrderByComparator<MenteeProfile> orderByComparator) {

		int count = countByG_O(groupId, organizationId);

		if (count == 0) {
			return null;
		}

		List<MenteeProfile> list = findByG_O(
			groupId, organizationId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the mentee profiles before and after the current mentee profile in the ordered set where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param menteeProfileId the primary key of the current mentee profile
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	@Override
	public MenteeProfile[] findByG_O_PrevAndNext(
			long menteeProfileId, long groupId, long organizationId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = findByPrimaryKey(menteeProfileId);

		Session session = null;

		try {
			session = openSession();

			MenteeProfile[] array = new MenteeProfileImpl[3];

			array[0] = getByG_O_PrevAndNext(
				session, menteeProfile, groupId, organizationId,
				orderByComparator, true);

			array[1] = menteeProfile;

			array[2] = getByG_O_PrevAndNext(
				session, menteeProfile, groupId, organizationId,
				orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected MenteeProfile getByG_O_PrevAndNext(
		Session session, MenteeProfile menteeProfile, long groupId,
		long organizationId, OrderByComparator<MenteeProfile> orderByComparator,
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

		sb.append(_SQL_SELECT_MENTEEPROFILE_WHERE);

		sb.append(_FINDER_COLUMN_G_O_GROUPID_2);

		sb.append(_FINDER_COLUMN_G_O_ORGANIZATIONID_2);

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
			sb.append(MenteeProfileModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		queryPos.add(organizationId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						menteeProfile)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MenteeProfile> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentee profiles where groupId = &#63; and organizationId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 */
	@Override
	public void removeByG_O(long groupId, long organizationId) {
		for (MenteeProfile menteeProfile :
				findByG_O(
					groupId, organizationId, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			remove(menteeProfile);
		}
	}

	/**
	 * Returns the number of mentee profiles where groupId = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param organizationId the organization ID
	 * @return the number of matching mentee profiles
	 */
	@Override
	public int countByG_O(long groupId, long organizationId) {
		FinderPath finderPath = _finderPathCountByG_O;

		Object[] finderArgs = new Object[] {groupId, organizationId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_MENTEEPROFILE_WHERE);

			sb.append(_FINDER_COLUMN_G_O_GROUPID_2);

			sb.append(_FINDER_COLUMN_G_O_ORGANIZATIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				queryPos.add(organizationId);

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

	private static final String _FINDER_COLUMN_G_O_GROUPID_2 =
		"menteeProfile.groupId = ? AND ";

	private static final String _FINDER_COLUMN_G_O_ORGANIZATIONID_2 =
		"menteeProfile.organizationId = ?";

	private FinderPath _finderPathWithPaginationFindByG_C_O;
	private FinderPath _finderPathWithoutPaginationFindByG_C_O;
	private FinderPath _finderPathCountByG_C_O;

	/**
	 * Returns all the mentee profiles where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @return the matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByG_C_O(
		long groupId, String category, long organizationId) {

		return findByG_C_O(
			groupId, category, organizationId, QueryUtil.ALL_POS,
			QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentee profiles where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @return the range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByG_C_O(
		long groupId, String category, long organizationId, int start,
		int end) {

		return findByG_C_O(groupId, category, organizationId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentee profiles where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByG_C_O(
		long groupId, String category, long organizationId, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return findByG_C_O(
			groupId, category, organizationId, start, end, orderByComparator,
			true);
	}

	/**
	 * Returns an ordered range of all the mentee profiles where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentee profiles
	 */
	@Override
	public List<MenteeProfile> findByG_C_O(
		long groupId, String category, long organizationId, int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator,
		boolean useFinderCache) {

		category = Objects.toString(category, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByG_C_O;
				finderArgs = new Object[] {groupId, category, organizationId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByG_C_O;
			finderArgs = new Object[] {
				groupId, category, organizationId, start, end, orderByComparator
			};
		}

		List<MenteeProfile> list = null;

		if (useFinderCache) {
			list = (List<MenteeProfile>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MenteeProfile menteeProfile : list) {
					if ((groupId != menteeProfile.getGroupId()) ||
						!category.equals(menteeProfile.getCategory()) ||
						(organizationId != menteeProfile.getOrganizationId())) {

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

			sb.append(_SQL_SELECT_MENTEEPROFILE_WHERE);

			sb.append(_FINDER_COLUMN_G_C_O_GROUPID_2);

			boolean bindCategory = false;

			if (category.isEmpty()) {
				sb.append(_FINDER_COLUMN_G_C_O_CATEGORY_3);
			}
			else {
				bindCategory = true;

				sb.append(_FINDER_COLUMN_G_C_O_CATEGORY_2);
			}

			sb.append(_FINDER_COLUMN_G_C_O_ORGANIZATIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MenteeProfileModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				if (bindCategory) {
					queryPos.add(category);
				}

				queryPos.add(organizationId);

				list = (List<MenteeProfile>)QueryUtil.list(
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
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile findByG_C_O_First(
			long groupId, String category, long organizationId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = fetchByG_C_O_First(
			groupId, category, organizationId, orderByComparator);

		if (menteeProfile != null) {
			return menteeProfile;
		}

		StringBundler sb = new StringBundler(8);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", category=");
		sb.append(category);

		sb.append(", organizationId=");
		sb.append(organizationId);

		sb.append("}");

		throw new NoSuchMenteeProfileException(sb.toString());
	}

	/**
	 * Returns the first mentee profile in the ordered set where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile fetchByG_C_O_First(
		long groupId, String category, long organizationId,
		OrderByComparator<MenteeProfile> orderByComparator) {

		List<MenteeProfile> list = findByG_C_O(
			groupId, category, organizationId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile
	 * @throws NoSuchMenteeProfileException if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile findByG_C_O_Last(
			long groupId, String category, long organizationId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = fetchByG_C_O_Last(
			groupId, category, organizationId, orderByComparator);

		if (menteeProfile != null) {
			return menteeProfile;
		}

		StringBundler sb = new StringBundler(8);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append(", category=");
		sb.append(category);

		sb.append(", organizationId=");
		sb.append(organizationId);

		sb.append("}");

		throw new NoSuchMenteeProfileException(sb.toString());
	}

	/**
	 * Returns the last mentee profile in the ordered set where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public MenteeProfile fetchByG_C_O_Last(
		long groupId, String category, long organizationId,
		OrderByComparator<MenteeProfile> orderByComparator) {

		int count = countByG_C_O(groupId, category, organizationId);

		if (count == 0) {
			return null;
		}

		List<MenteeProfile> list = findByG_C_O(
			groupId, category, organizationId, count - 1, count,
			orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the mentee profiles before and after the current mentee profile in the ordered set where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param menteeProfileId the primary key of the current mentee profile
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	@Override
	public MenteeProfile[] findByG_C_O_PrevAndNext(
			long menteeProfileId, long groupId, String category,
			long organizationId,
			OrderByComparator<MenteeProfile> orderByComparator)
		throws NoSuchMenteeProfileException {

		category = Objects.toString(category, "");

		MenteeProfile menteeProfile = findByPrimaryKey(menteeProfileId);

		Session session = null;

		try {
			session = openSession();

			MenteeProfile[] array = new MenteeProfileImpl[3];

			array[0] = getByG_C_O_PrevAndNext(
				session, menteeProfile, groupId, category, organizationId,
				orderByComparator, true);

			array[1] = menteeProfile;

			array[2] = getByG_C_O_PrevAndNext(
				session, menteeProfile, groupId, category, organizationId,
				orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected MenteeProfile getByG_C_O_PrevAndNext(
		Session session, MenteeProfile menteeProfile, long groupId,
		String category, long organizationId,
		OrderByComparator<MenteeProfile> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				6 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(5);
		}

		sb.append(_SQL_SELECT_MENTEEPROFILE_WHERE);

		sb.append(_FINDER_COLUMN_G_C_O_GROUPID_2);

		boolean bindCategory = false;

		if (category.isEmpty()) {
			sb.append(_FINDER_COLUMN_G_C_O_CATEGORY_3);
		}
		else {
			bindCategory = true;

			sb.append(_FINDER_COLUMN_G_C_O_CATEGORY_2);
		}

		sb.append(_FINDER_COLUMN_G_C_O_ORGANIZATIONID_2);

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
			sb.append(MenteeProfileModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		if (bindCategory) {
			queryPos.add(category);
		}

		queryPos.add(organizationId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						menteeProfile)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MenteeProfile> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentee profiles where groupId = &#63; and category = &#63; and organizationId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 */
	@Override
	public void removeByG_C_O(
		long groupId, String category, long organizationId) {

		for (MenteeProfile menteeProfile :
				findByG_C_O(
					groupId, category, organizationId, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			remove(menteeProfile);
		}
	}

	/**
	 * Returns the number of mentee profiles where groupId = &#63; and category = &#63; and organizationId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param category the category
	 * @param organizationId the organization ID
	 * @return the number of matching mentee profiles
	 */
	@Override
	public int countByG_C_O(
		long groupId, String category, long organizationId) {

		category = Objects.toString(category, "");

		FinderPath finderPath = _finderPathCountByG_C_O;

		Object[] finderArgs = new Object[] {groupId, category, organizationId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_COUNT_MENTEEPROFILE_WHERE);

			sb.append(_FINDER_COLUMN_G_C_O_GROUPID_2);

			boolean bindCategory = false;

			if (category.isEmpty()) {
				sb.append(_FINDER_COLUMN_G_C_O_CATEGORY_3);
			}
			else {
				bindCategory = true;

				sb.append(_FINDER_COLUMN_G_C_O_CATEGORY_2);
			}

			sb.append(_FINDER_COLUMN_G_C_O_ORGANIZATIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				if (bindCategory) {
					queryPos.add(category);
				}

				queryPos.add(organizationId);

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

	private static final String _FINDER_COLUMN_G_C_O_GROUPID_2 =
		"menteeProfile.groupId = ? AND ";

	private static final String _FINDER_COLUMN_G_C_O_CATEGORY_2 =
		"menteeProfile.category = ? AND ";

	private static final String _FINDER_COLUMN_G_C_O_CATEGORY_3 =
		"(menteeProfile.category IS NULL OR menteeProfile.category = '') AND ";

	private static final String _FINDER_COLUMN_G_C_O_ORGANIZATIONID_2 =
		"menteeProfile.organizationId = ?";

	public MenteeProfilePersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("uuid", "uuid_");

		setDBColumnNames(dbColumnNames);

		setModelClass(MenteeProfile.class);

		setModelImplClass(MenteeProfileImpl.class);
		setModelPKClass(long.class);

		setTable(MenteeProfileTable.INSTANCE);
	}

	/**
	 * Caches the mentee profile in the entity cache if it is enabled.
	 *
	 * @param menteeProfile the mentee profile
	 */
	@Override
	public void cacheResult(MenteeProfile menteeProfile) {
		entityCache.putResult(
			MenteeProfileImpl.class, menteeProfile.getPrimaryKey(),
			menteeProfile);

		finderCache.putResult(
			_finderPathFetchByUUID_G,
			new Object[] {menteeProfile.getUuid(), menteeProfile.getGroupId()},
			menteeProfile);

		finderCache.putResult(
			_finderPathFetchByG_U,
			new Object[] {
				menteeProfile.getGroupId(), menteeProfile.getUserId()
			},
			menteeProfile);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the mentee profiles in the entity cache if it is enabled.
	 *
	 * @param menteeProfiles the mentee profiles
	 */
	@Override
	public void cacheResult(List<MenteeProfile> menteeProfiles) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (menteeProfiles.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (MenteeProfile menteeProfile : menteeProfiles) {
			if (entityCache.getResult(
					MenteeProfileImpl.class, menteeProfile.getPrimaryKey()) ==
						null) {

				cacheResult(menteeProfile);
			}
		}
	}

	/**
	 * Clears the cache for all mentee profiles.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(MenteeProfileImpl.class);

		finderCache.clearCache(MenteeProfileImpl.class);
	}

	/**
	 * Clears the cache for the mentee profile.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(MenteeProfile menteeProfile) {
		entityCache.removeResult(MenteeProfileImpl.class, menteeProfile);
	}

	@Override
	public void clearCache(List<MenteeProfile> menteeProfiles) {
		for (MenteeProfile menteeProfile : menteeProfiles) {
			entityCache.removeResult(MenteeProfileImpl.class, menteeProfile);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(MenteeProfileImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(MenteeProfileImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		MenteeProfileModelImpl menteeProfileModelImpl) {

		Object[] args = new Object[] {
			menteeProfileModelImpl.getUuid(),
			menteeProfileModelImpl.getGroupId()
		};

		finderCache.putResult(
			_finderPathFetchByUUID_G, args, menteeProfileModelImpl);

		args = new Object[] {
			menteeProfileModelImpl.getGroupId(),
			menteeProfileModelImpl.getUserId()
		};

		finderCache.putResult(
			_finderPathFetchByG_U, args, menteeProfileModelImpl);
	}

	/**
	 * Creates a new mentee profile with the primary key. Does not add the mentee profile to the database.
	 *
	 * @param menteeProfileId the primary key for the new mentee profile
	 * @return the new mentee profile
	 */
	@Override
	public MenteeProfile create(long menteeProfileId) {
		MenteeProfile menteeProfile = new MenteeProfileImpl();

		menteeProfile.setNew(true);
		menteeProfile.setPrimaryKey(menteeProfileId);

		String uuid = PortalUUIDUtil.generate();

		menteeProfile.setUuid(uuid);

		menteeProfile.setCompanyId(CompanyThreadLocal.getCompanyId());

		return menteeProfile;
	}

	/**
	 * Removes the mentee profile with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param menteeProfileId the primary key of the mentee profile
	 * @return the mentee profile that was removed
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	@Override
	public MenteeProfile remove(long menteeProfileId)
		throws NoSuchMenteeProfileException {

		return remove((Serializable)menteeProfileId);
	}

	/**
	 * Removes the mentee profile with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the mentee profile
	 * @return the mentee profile that was removed
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	@Override
	public MenteeProfile remove(Serializable primaryKey)
		throws NoSuchMenteeProfileException {

		Session session = null;

		try {
			session = openSession();

			MenteeProfile menteeProfile = (MenteeProfile)session.get(
				MenteeProfileImpl.class, primaryKey);

			if (menteeProfile == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchMenteeProfileException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(menteeProfile);
		}
		catch (NoSuchMenteeProfileException noSuchEntityException) {
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
	protected MenteeProfile removeImpl(MenteeProfile menteeProfile) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(menteeProfile)) {
				menteeProfile = (MenteeProfile)session.get(
					MenteeProfileImpl.class, menteeProfile.getPrimaryKeyObj());
			}

			if (menteeProfile != null) {
				session.delete(menteeProfile);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (menteeProfile != null) {
			clearCache(menteeProfile);
		}

		return menteeProfile;
	}

	@Override
	public MenteeProfile updateImpl(MenteeProfile menteeProfile) {
		boolean isNew = menteeProfile.isNew();

		if (!(menteeProfile instanceof MenteeProfileModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(menteeProfile.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					menteeProfile);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in menteeProfile proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom MenteeProfile implementation " +
					menteeProfile.getClass());
		}

		MenteeProfileModelImpl menteeProfileModelImpl =
			(MenteeProfileModelImpl)menteeProfile;

		if (Validator.isNull(menteeProfile.getUuid())) {
			String uuid = PortalUUIDUtil.generate();

			menteeProfile.setUuid(uuid);
		}

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (menteeProfile.getCreateDate() == null)) {
			if (serviceContext == null) {
				menteeProfile.setCreateDate(date);
			}
			else {
				menteeProfile.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!menteeProfileModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				menteeProfile.setModifiedDate(date);
			}
			else {
				menteeProfile.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(menteeProfile);
			}
			else {
				menteeProfile = (MenteeProfile)session.merge(menteeProfile);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			MenteeProfileImpl.class, menteeProfileModelImpl, false, true);

		cacheUniqueFindersCache(menteeProfileModelImpl);

		if (isNew) {
			menteeProfile.setNew(false);
		}

		menteeProfile.resetOriginalValues();

		return menteeProfile;
	}

	/**
	 * Returns the mentee profile with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the mentee profile
	 * @return the mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	@Override
	public MenteeProfile findByPrimaryKey(Serializable primaryKey)
		throws NoSuchMenteeProfileException {

		MenteeProfile menteeProfile = fetchByPrimaryKey(primaryKey);

		if (menteeProfile == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchMenteeProfileException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return menteeProfile;
	}

	/**
	 * Returns the mentee profile with the primary key or throws a <code>NoSuchMenteeProfileException</code> if it could not be found.
	 *
	 * @param menteeProfileId the primary key of the mentee profile
	 * @return the mentee profile
	 * @throws NoSuchMenteeProfileException if a mentee profile with the primary key could not be found
	 */
	@Override
	public MenteeProfile findByPrimaryKey(long menteeProfileId)
		throws NoSuchMenteeProfileException {

		return findByPrimaryKey((Serializable)menteeProfileId);
	}

	/**
	 * Returns the mentee profile with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param menteeProfileId the primary key of the mentee profile
	 * @return the mentee profile, or <code>null</code> if a mentee profile with the primary key could not be found
	 */
	@Override
	public MenteeProfile fetchByPrimaryKey(long menteeProfileId) {
		return fetchByPrimaryKey((Serializable)menteeProfileId);
	}

	/**
	 * Returns all the mentee profiles.
	 *
	 * @return the mentee profiles
	 */
	@Override
	public List<MenteeProfile> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentee profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @return the range of mentee profiles
	 */
	@Override
	public List<MenteeProfile> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentee profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of mentee profiles
	 */
	@Override
	public List<MenteeProfile> findAll(
		int start, int end,
		OrderByComparator<MenteeProfile> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentee profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of mentee profiles
	 */
	@Override
	public List<MenteeProfile> findAll(
		int start, int end, OrderByComparator<MenteeProfile> orderByComparator,
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

		List<MenteeProfile> list = null;

		if (useFinderCache) {
			list = (List<MenteeProfile>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_MENTEEPROFILE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_MENTEEPROFILE;

				sql = sql.concat(MenteeProfileModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<MenteeProfile>)QueryUtil.list(
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
	 * Removes all the mentee profiles from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (MenteeProfile menteeProfile : findAll()) {
			remove(menteeProfile);
		}
	}

	/**
	 * Returns the number of mentee profiles.
	 *
	 * @return the number of mentee profiles
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_MENTEEPROFILE);

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
		return "menteeProfileId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_MENTEEPROFILE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return MenteeProfileModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the mentee profile persistence.
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

		_finderPathFetchByG_U = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByG_U",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"groupId", "userId"}, true);

		_finderPathWithPaginationFindByG_C = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByG_C",
			new String[] {
				Long.class.getName(), String.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"groupId", "category"}, true);

		_finderPathWithoutPaginationFindByG_C = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByG_C",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"groupId", "category"}, true);

		_finderPathCountByG_C = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByG_C",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"groupId", "category"}, false);

		_finderPathWithPaginationFindByG_O = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByG_O",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"groupId", "organizationId"}, true);

		_finderPathWithoutPaginationFindByG_O = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByG_O",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"groupId", "organizationId"}, true);

		_finderPathCountByG_O = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByG_O",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"groupId", "organizationId"}, false);

		_finderPathWithPaginationFindByG_C_O = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByG_C_O",
			new String[] {
				Long.class.getName(), String.class.getName(),
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"groupId", "category", "organizationId"}, true);

		_finderPathWithoutPaginationFindByG_C_O = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByG_C_O",
			new String[] {
				Long.class.getName(), String.class.getName(),
				Long.class.getName()
			},
			new String[] {"groupId", "category", "organizationId"}, true);

		_finderPathCountByG_C_O = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByG_C_O",
			new String[] {
				Long.class.getName(), String.class.getName(),
				Long.class.getName()
			},
			new String[] {"groupId", "category", "organizationId"}, false);

		MenteeProfileUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		MenteeProfileUtil.setPersistence(null);

		entityCache.removeCache(MenteeProfileImpl.class.getName());
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

	private static final String _SQL_SELECT_MENTEEPROFILE =
		"SELECT menteeProfile FROM MenteeProfile menteeProfile";

	private static final String _SQL_SELECT_MENTEEPROFILE_WHERE =
		"SELECT menteeProfile FROM MenteeProfile menteeProfile WHERE ";

	private static final String _SQL_COUNT_MENTEEPROFILE =
		"SELECT COUNT(menteeProfile) FROM MenteeProfile menteeProfile";

	private static final String _SQL_COUNT_MENTEEPROFILE_WHERE =
		"SELECT COUNT(menteeProfile) FROM MenteeProfile menteeProfile WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "menteeProfile.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No MenteeProfile exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No MenteeProfile exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		MenteeProfilePersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"uuid"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}