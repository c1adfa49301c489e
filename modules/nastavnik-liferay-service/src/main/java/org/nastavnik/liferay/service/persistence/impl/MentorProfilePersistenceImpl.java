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

import org.nastavnik.liferay.exception.NoSuchMentorProfileException;
import org.nastavnik.liferay.model.MentorProfile;
import org.nastavnik.liferay.model.MentorProfileTable;
import org.nastavnik.liferay.model.impl.MentorProfileImpl;
import org.nastavnik.liferay.model.impl.MentorProfileModelImpl;
import org.nastavnik.liferay.service.persistence.MentorProfilePersistence;
import org.nastavnik.liferay.service.persistence.MentorProfileUtil;
import org.nastavnik.liferay.service.persistence.impl.constants.NastavnikPersistenceConstants;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The persistence implementation for the mentor profile service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @generated
 */
@Component(service = MentorProfilePersistence.class)
public class MentorProfilePersistenceImpl
	extends BasePersistenceImpl<MentorProfile>
	implements MentorProfilePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>MentorProfileUtil</code> to access the mentor profile persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		MentorProfileImpl.class.getName();

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
	 * Returns all the mentor profiles where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching mentor profiles
	 */
	@Override
	public List<MentorProfile> findByUuid(String uuid) {
		return findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentor profiles where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @return the range of matching mentor profiles
	 */
	@Override
	public List<MentorProfile> findByUuid(String uuid, int start, int end) {
		return findByUuid(uuid, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentor profiles where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor profiles
	 */
	@Override
	public List<MentorProfile> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MentorProfile> orderByComparator) {

		return findByUuid(uuid, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentor profiles where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor profiles
	 */
	@Override
	public List<MentorProfile> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MentorProfile> orderByComparator,
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

		List<MentorProfile> list = null;

		if (useFinderCache) {
			list = (List<MentorProfile>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MentorProfile mentorProfile : list) {
					if (!uuid.equals(mentorProfile.getUuid())) {
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

			sb.append(_SQL_SELECT_MENTORPROFILE_WHERE);

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
				sb.append(MentorProfileModelImpl.ORDER_BY_JPQL);
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

				list = (List<MentorProfile>)QueryUtil.list(
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
	 * Returns the first mentor profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile findByUuid_First(
			String uuid, OrderByComparator<MentorProfile> orderByComparator)
		throws NoSuchMentorProfileException {

		MentorProfile mentorProfile = fetchByUuid_First(
			uuid, orderByComparator);

		if (mentorProfile != null) {
			return mentorProfile;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchMentorProfileException(sb.toString());
	}

	/**
	 * Returns the first mentor profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile fetchByUuid_First(
		String uuid, OrderByComparator<MentorProfile> orderByComparator) {

		List<MentorProfile> list = findByUuid(uuid, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentor profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile findByUuid_Last(
			String uuid, OrderByComparator<MentorProfile> orderByComparator)
		throws NoSuchMentorProfileException {

		MentorProfile mentorProfile = fetchByUuid_Last(uuid, orderByComparator);

		if (mentorProfile != null) {
			return mentorProfile;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchMentorProfileException(sb.toString());
	}

	/**
	 * Returns the last mentor profile in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile fetchByUuid_Last(
		String uuid, OrderByComparator<MentorProfile> orderByComparator) {

		int count = countByUuid(uuid);

		if (count == 0) {
			return null;
		}

		List<MentorProfile> list = findByUuid(
			uuid, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the mentor profiles before and after the current mentor profile in the ordered set where uuid = &#63;.
	 *
	 * @param mentorProfileId the primary key of the current mentor profile
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor profile
	 * @throws NoSuchMentorProfileException if a mentor profile with the primary key could not be found
	 */
	@Override
	public MentorProfile[] findByUuid_PrevAndNext(
			long mentorProfileId, String uuid,
			OrderByComparator<MentorProfile> orderByComparator)
		throws NoSuchMentorProfileException {

		uuid = Objects.toString(uuid, "");

		MentorProfile mentorProfile = findByPrimaryKey(mentorProfileId);

		Session session = null;

		try {
			session = openSession();

			MentorProfile[] array = new MentorProfileImpl[3];

			array[0] = getByUuid_PrevAndNext(
				session, mentorProfile, uuid, orderByComparator, true);

			array[1] = mentorProfile;

			array[2] = getByUuid_PrevAndNext(
				session, mentorProfile, uuid, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected MentorProfile getByUuid_PrevAndNext(
		Session session, MentorProfile mentorProfile, String uuid,
		OrderByComparator<MentorProfile> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_MENTORPROFILE_WHERE);

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
			sb.append(MentorProfileModelImpl.ORDER_BY_JPQL);
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
						mentorProfile)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MentorProfile> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentor profiles where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	@Override
	public void removeByUuid(String uuid) {
		for (MentorProfile mentorProfile :
				findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(mentorProfile);
		}
	}

	/**
	 * Returns the number of mentor profiles where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching mentor profiles
	 */
	@Override
	public int countByUuid(String uuid) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid;

		Object[] finderArgs = new Object[] {uuid};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MENTORPROFILE_WHERE);

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
		"mentorProfile.uuid = ?";

	private static final String _FINDER_COLUMN_UUID_UUID_3 =
		"(mentorProfile.uuid IS NULL OR mentorProfile.uuid = '')";

	private FinderPath _finderPathFetchByUUID_G;

	/**
	 * Returns the mentor profile where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchMentorProfileException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile findByUUID_G(String uuid, long groupId)
		throws NoSuchMentorProfileException {

		MentorProfile mentorProfile = fetchByUUID_G(uuid, groupId);

		if (mentorProfile == null) {
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

			throw new NoSuchMentorProfileException(sb.toString());
		}

		return mentorProfile;
	}

	/**
	 * Returns the mentor profile where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile fetchByUUID_G(String uuid, long groupId) {
		return fetchByUUID_G(uuid, groupId, true);
	}

	/**
	 * Returns the mentor profile where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile fetchByUUID_G(
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

		if (result instanceof MentorProfile) {
			MentorProfile mentorProfile = (MentorProfile)result;

			if (!Objects.equals(uuid, mentorProfile.getUuid()) ||
				(groupId != mentorProfile.getGroupId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_MENTORPROFILE_WHERE);

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

				List<MentorProfile> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByUUID_G, finderArgs, list);
					}
				}
				else {
					MentorProfile mentorProfile = list.get(0);

					result = mentorProfile;

					cacheResult(mentorProfile);
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
			return (MentorProfile)result;
		}
	}

	/**
	 * Removes the mentor profile where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the mentor profile that was removed
	 */
	@Override
	public MentorProfile removeByUUID_G(String uuid, long groupId)
		throws NoSuchMentorProfileException {

		MentorProfile mentorProfile = findByUUID_G(uuid, groupId);

		return remove(mentorProfile);
	}

	/**
	 * Returns the number of mentor profiles where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching mentor profiles
	 */
	@Override
	public int countByUUID_G(String uuid, long groupId) {
		MentorProfile mentorProfile = fetchByUUID_G(uuid, groupId);

		if (mentorProfile == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_UUID_G_UUID_2 =
		"mentorProfile.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_G_UUID_3 =
		"(mentorProfile.uuid IS NULL OR mentorProfile.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_G_GROUPID_2 =
		"mentorProfile.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByUuid_C;
	private FinderPath _finderPathWithoutPaginationFindByUuid_C;
	private FinderPath _finderPathCountByUuid_C;

	/**
	 * Returns all the mentor profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching mentor profiles
	 */
	@Override
	public List<MentorProfile> findByUuid_C(String uuid, long companyId) {
		return findByUuid_C(
			uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentor profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @return the range of matching mentor profiles
	 */
	@Override
	public List<MentorProfile> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return findByUuid_C(uuid, companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentor profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor profiles
	 */
	@Override
	public List<MentorProfile> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MentorProfile> orderByComparator) {

		return findByUuid_C(
			uuid, companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentor profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor profiles
	 */
	@Override
	public List<MentorProfile> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MentorProfile> orderByComparator,
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

		List<MentorProfile> list = null;

		if (useFinderCache) {
			list = (List<MentorProfile>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MentorProfile mentorProfile : list) {
					if (!uuid.equals(mentorProfile.getUuid()) ||
						(companyId != mentorProfile.getCompanyId())) {

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

			sb.append(_SQL_SELECT_MENTORPROFILE_WHERE);

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
				sb.append(MentorProfileModelImpl.ORDER_BY_JPQL);
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

				list = (List<MentorProfile>)QueryUtil.list(
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
	 * Returns the first mentor profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<MentorProfile> orderByComparator)
		throws NoSuchMentorProfileException {

		MentorProfile mentorProfile = fetchByUuid_C_First(
			uuid, companyId, orderByComparator);

		if (mentorProfile != null) {
			return mentorProfile;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchMentorProfileException(sb.toString());
	}

	/**
	 * Returns the first mentor profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<MentorProfile> orderByComparator) {

		List<MentorProfile> list = findByUuid_C(
			uuid, companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentor profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<MentorProfile> orderByComparator)
		throws NoSuchMentorProfileException {

		MentorProfile mentorProfile = fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);

		if (mentorProfile != null) {
			return mentorProfile;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchMentorProfileException(sb.toString());
	}

	/**
	 * Returns the last mentor profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<MentorProfile> orderByComparator) {

		int count = countByUuid_C(uuid, companyId);

		if (count == 0) {
			return null;
		}

		List<MentorProfile> list = findByUuid_C(
			uuid, companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the mentor profiles before and after the current mentor profile in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param mentorProfileId the primary key of the current mentor profile
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor profile
	 * @throws NoSuchMentorProfileException if a mentor profile with the primary key could not be found
	 */
	@Override
	public MentorProfile[] findByUuid_C_PrevAndNext(
			long mentorProfileId, String uuid, long companyId,
			OrderByComparator<MentorProfile> orderByComparator)
		throws NoSuchMentorProfileException {

		uuid = Objects.toString(uuid, "");

		MentorProfile mentorProfile = findByPrimaryKey(mentorProfileId);

		Session session = null;

		try {
			session = openSession();

			MentorProfile[] array = new MentorProfileImpl[3];

			array[0] = getByUuid_C_PrevAndNext(
				session, mentorProfile, uuid, companyId, orderByComparator,
				true);

			array[1] = mentorProfile;

			array[2] = getByUuid_C_PrevAndNext(
				session, mentorProfile, uuid, companyId, orderByComparator,
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

	protected MentorProfile getByUuid_C_PrevAndNext(
		Session session, MentorProfile mentorProfile, String uuid,
		long companyId, OrderByComparator<MentorProfile> orderByComparator,
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

		sb.append(_SQL_SELECT_MENTORPROFILE_WHERE);

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
			sb.append(MentorProfileModelImpl.ORDER_BY_JPQL);
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
						mentorProfile)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MentorProfile> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentor profiles where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	@Override
	public void removeByUuid_C(String uuid, long companyId) {
		for (MentorProfile mentorProfile :
				findByUuid_C(
					uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(mentorProfile);
		}
	}

	/**
	 * Returns the number of mentor profiles where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching mentor profiles
	 */
	@Override
	public int countByUuid_C(String uuid, long companyId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid_C;

		Object[] finderArgs = new Object[] {uuid, companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_MENTORPROFILE_WHERE);

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
		"mentorProfile.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_C_UUID_3 =
		"(mentorProfile.uuid IS NULL OR mentorProfile.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_C_COMPANYID_2 =
		"mentorProfile.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByGroupId;
	private FinderPath _finderPathWithoutPaginationFindByGroupId;
	private FinderPath _finderPathCountByGroupId;

	/**
	 * Returns all the mentor profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching mentor profiles
	 */
	@Override
	public List<MentorProfile> findByGroupId(long groupId) {
		return findByGroupId(
			groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentor profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @return the range of matching mentor profiles
	 */
	@Override
	public List<MentorProfile> findByGroupId(long groupId, int start, int end) {
		return findByGroupId(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentor profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching mentor profiles
	 */
	@Override
	public List<MentorProfile> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<MentorProfile> orderByComparator) {

		return findByGroupId(groupId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentor profiles where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching mentor profiles
	 */
	@Override
	public List<MentorProfile> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<MentorProfile> orderByComparator,
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

		List<MentorProfile> list = null;

		if (useFinderCache) {
			list = (List<MentorProfile>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MentorProfile mentorProfile : list) {
					if (groupId != mentorProfile.getGroupId()) {
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

			sb.append(_SQL_SELECT_MENTORPROFILE_WHERE);

			sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MentorProfileModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				list = (List<MentorProfile>)QueryUtil.list(
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
	 * Returns the first mentor profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile findByGroupId_First(
			long groupId, OrderByComparator<MentorProfile> orderByComparator)
		throws NoSuchMentorProfileException {

		MentorProfile mentorProfile = fetchByGroupId_First(
			groupId, orderByComparator);

		if (mentorProfile != null) {
			return mentorProfile;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchMentorProfileException(sb.toString());
	}

	/**
	 * Returns the first mentor profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile fetchByGroupId_First(
		long groupId, OrderByComparator<MentorProfile> orderByComparator) {

		List<MentorProfile> list = findByGroupId(
			groupId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last mentor profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile findByGroupId_Last(
			long groupId, OrderByComparator<MentorProfile> orderByComparator)
		throws NoSuchMentorProfileException {

		MentorProfile mentorProfile = fetchByGroupId_Last(
			groupId, orderByComparator);

		if (mentorProfile != null) {
			return mentorProfile;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchMentorProfileException(sb.toString());
	}

	/**
	 * Returns the last mentor profile in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile fetchByGroupId_Last(
		long groupId, OrderByComparator<MentorProfile> orderByComparator) {

		int count = countByGroupId(groupId);

		if (count == 0) {
			return null;
		}

		List<MentorProfile> list = findByGroupId(
			groupId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the mentor profiles before and after the current mentor profile in the ordered set where groupId = &#63;.
	 *
	 * @param mentorProfileId the primary key of the current mentor profile
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next mentor profile
	 * @throws NoSuchMentorProfileException if a mentor profile with the primary key could not be found
	 */
	@Override
	public MentorProfile[] findByGroupId_PrevAndNext(
			long mentorProfileId, long groupId,
			OrderByComparator<MentorProfile> orderByComparator)
		throws NoSuchMentorProfileException {

		MentorProfile mentorProfile = findByPrimaryKey(mentorProfileId);

		Session session = null;

		try {
			session = openSession();

			MentorProfile[] array = new MentorProfileImpl[3];

			array[0] = getByGroupId_PrevAndNext(
				session, mentorProfile, groupId, orderByComparator, true);

			array[1] = mentorProfile;

			array[2] = getByGroupId_PrevAndNext(
				session, mentorProfile, groupId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected MentorProfile getByGroupId_PrevAndNext(
		Session session, MentorProfile mentorProfile, long groupId,
		OrderByComparator<MentorProfile> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_MENTORPROFILE_WHERE);

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
			sb.append(MentorProfileModelImpl.ORDER_BY_JPQL);
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
						mentorProfile)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MentorProfile> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the mentor profiles where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	@Override
	public void removeByGroupId(long groupId) {
		for (MentorProfile mentorProfile :
				findByGroupId(
					groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(mentorProfile);
		}
	}

	/**
	 * Returns the number of mentor profiles where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching mentor profiles
	 */
	@Override
	public int countByGroupId(long groupId) {
		FinderPath finderPath = _finderPathCountByGroupId;

		Object[] finderArgs = new Object[] {groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MENTORPROFILE_WHERE);

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
		"mentorProfile.groupId = ?";

	private FinderPath _finderPathFetchByG_U;

	/**
	 * Returns the mentor profile where groupId = &#63; and userId = &#63; or throws a <code>NoSuchMentorProfileException</code> if it could not be found.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the matching mentor profile
	 * @throws NoSuchMentorProfileException if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile findByG_U(long groupId, long userId)
		throws NoSuchMentorProfileException {

		MentorProfile mentorProfile = fetchByG_U(groupId, userId);

		if (mentorProfile == null) {
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

			throw new NoSuchMentorProfileException(sb.toString());
		}

		return mentorProfile;
	}

	/**
	 * Returns the mentor profile where groupId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile fetchByG_U(long groupId, long userId) {
		return fetchByG_U(groupId, userId, true);
	}

	/**
	 * Returns the mentor profile where groupId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	@Override
	public MentorProfile fetchByG_U(
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

		if (result instanceof MentorProfile) {
			MentorProfile mentorProfile = (MentorProfile)result;

			if ((groupId != mentorProfile.getGroupId()) ||
				(userId != mentorProfile.getUserId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_MENTORPROFILE_WHERE);

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

				List<MentorProfile> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByG_U, finderArgs, list);
					}
				}
				else {
					MentorProfile mentorProfile = list.get(0);

					result = mentorProfile;

					cacheResult(mentorProfile);
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
			return (MentorProfile)result;
		}
	}

	/**
	 * Removes the mentor profile where groupId = &#63; and userId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the mentor profile that was removed
	 */
	@Override
	public MentorProfile removeByG_U(long groupId, long userId)
		throws NoSuchMentorProfileException {

		MentorProfile mentorProfile = findByG_U(groupId, userId);

		return remove(mentorProfile);
	}

	/**
	 * Returns the number of mentor profiles where groupId = &#63; and userId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param userId the user ID
	 * @return the number of matching mentor profiles
	 */
	@Override
	public int countByG_U(long groupId, long userId) {
		MentorProfile mentorProfile = fetchByG_U(groupId, userId);

		if (mentorProfile == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_G_U_GROUPID_2 =
		"mentorProfile.groupId = ? AND ";

	private static final String _FINDER_COLUMN_G_U_USERID_2 =
		"mentorProfile.userId = ?";

	public MentorProfilePersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("uuid", "uuid_");

		setDBColumnNames(dbColumnNames);

		setModelClass(MentorProfile.class);

		setModelImplClass(MentorProfileImpl.class);
		setModelPKClass(long.class);

		setTable(MentorProfileTable.INSTANCE);
	}

	/**
	 * Caches the mentor profile in the entity cache if it is enabled.
	 *
	 * @param mentorProfile the mentor profile
	 */
	@Override
	public void cacheResult(MentorProfile mentorProfile) {
		entityCache.putResult(
			MentorProfileImpl.class, mentorProfile.getPrimaryKey(),
			mentorProfile);

		finderCache.putResult(
			_finderPathFetchByUUID_G,
			new Object[] {mentorProfile.getUuid(), mentorProfile.getGroupId()},
			mentorProfile);

		finderCache.putResult(
			_finderPathFetchByG_U,
			new Object[] {
				mentorProfile.getGroupId(), mentorProfile.getUserId()
			},
			mentorProfile);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the mentor profiles in the entity cache if it is enabled.
	 *
	 * @param mentorProfiles the mentor profiles
	 */
	@Override
	public void cacheResult(List<MentorProfile> mentorProfiles) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (mentorProfiles.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (MentorProfile mentorProfile : mentorProfiles) {
			if (entityCache.getResult(
					MentorProfileImpl.class, mentorProfile.getPrimaryKey()) ==
						null) {

				cacheResult(mentorProfile);
			}
		}
	}

	/**
	 * Clears the cache for all mentor profiles.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(MentorProfileImpl.class);

		finderCache.clearCache(MentorProfileImpl.class);
	}

	/**
	 * Clears the cache for the mentor profile.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(MentorProfile mentorProfile) {
		entityCache.removeResult(MentorProfileImpl.class, mentorProfile);
	}

	@Override
	public void clearCache(List<MentorProfile> mentorProfiles) {
		for (MentorProfile mentorProfile : mentorProfiles) {
			entityCache.removeResult(MentorProfileImpl.class, mentorProfile);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(MentorProfileImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(MentorProfileImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		MentorProfileModelImpl mentorProfileModelImpl) {

		Object[] args = new Object[] {
			mentorProfileModelImpl.getUuid(),
			mentorProfileModelImpl.getGroupId()
		};

		finderCache.putResult(
			_finderPathFetchByUUID_G, args, mentorProfileModelImpl);

		args = new Object[] {
			mentorProfileModelImpl.getGroupId(),
			mentorProfileModelImpl.getUserId()
		};

		finderCache.putResult(
			_finderPathFetchByG_U, args, mentorProfileModelImpl);
	}

	/**
	 * Creates a new mentor profile with the primary key. Does not add the mentor profile to the database.
	 *
	 * @param mentorProfileId the primary key for the new mentor profile
	 * @return the new mentor profile
	 */
	@Override
	public MentorProfile create(long mentorProfileId) {
		MentorProfile mentorProfile = new MentorProfileImpl();

		mentorProfile.setNew(true);
		mentorProfile.setPrimaryKey(mentorProfileId);

		String uuid = PortalUUIDUtil.generate();

		mentorProfile.setUuid(uuid);

		mentorProfile.setCompanyId(CompanyThreadLocal.getCompanyId());

		return mentorProfile;
	}

	/**
	 * Removes the mentor profile with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param mentorProfileId the primary key of the mentor profile
	 * @return the mentor profile that was removed
	 * @throws NoSuchMentorProfileException if a mentor profile with the primary key could not be found
	 */
	@Override
	public MentorProfile remove(long mentorProfileId)
		throws NoSuchMentorProfileException {

		return remove((Serializable)mentorProfileId);
	}

	/**
	 * Removes the mentor profile with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the mentor profile
	 * @return the mentor profile that was removed
	 * @throws NoSuchMentorProfileException if a mentor profile with the primary key could not be found
	 */
	@Override
	public MentorProfile remove(Serializable primaryKey)
		throws NoSuchMentorProfileException {

		Session session = null;

		try {
			session = openSession();

			MentorProfile mentorProfile = (MentorProfile)session.get(
				MentorProfileImpl.class, primaryKey);

			if (mentorProfile == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchMentorProfileException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(mentorProfile);
		}
		catch (NoSuchMentorProfileException noSuchEntityException) {
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
	protected MentorProfile removeImpl(MentorProfile mentorProfile) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(mentorProfile)) {
				mentorProfile = (MentorProfile)session.get(
					MentorProfileImpl.class, mentorProfile.getPrimaryKeyObj());
			}

			if (mentorProfile != null) {
				session.delete(mentorProfile);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (mentorProfile != null) {
			clearCache(mentorProfile);
		}

		return mentorProfile;
	}

	@Override
	public MentorProfile updateImpl(MentorProfile mentorProfile) {
		boolean isNew = mentorProfile.isNew();

		if (!(mentorProfile instanceof MentorProfileModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(mentorProfile.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					mentorProfile);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in mentorProfile proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom MentorProfile implementation " +
					mentorProfile.getClass());
		}

		MentorProfileModelImpl mentorProfileModelImpl =
			(MentorProfileModelImpl)mentorProfile;

		if (Validator.isNull(mentorProfile.getUuid())) {
			String uuid = PortalUUIDUtil.generate();

			mentorProfile.setUuid(uuid);
		}

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (mentorProfile.getCreateDate() == null)) {
			if (serviceContext == null) {
				mentorProfile.setCreateDate(date);
			}
			else {
				mentorProfile.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!mentorProfileModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				mentorProfile.setModifiedDate(date);
			}
			else {
				mentorProfile.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(mentorProfile);
			}
			else {
				mentorProfile = (MentorProfile)session.merge(mentorProfile);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			MentorProfileImpl.class, mentorProfileModelImpl, false, true);

		cacheUniqueFindersCache(mentorProfileModelImpl);

		if (isNew) {
			mentorProfile.setNew(false);
		}

		mentorProfile.resetOriginalValues();

		return mentorProfile;
	}

	/**
	 * Returns the mentor profile with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the mentor profile
	 * @return the mentor profile
	 * @throws NoSuchMentorProfileException if a mentor profile with the primary key could not be found
	 */
	@Override
	public MentorProfile findByPrimaryKey(Serializable primaryKey)
		throws NoSuchMentorProfileException {

		MentorProfile mentorProfile = fetchByPrimaryKey(primaryKey);

		if (mentorProfile == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchMentorProfileException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return mentorProfile;
	}

	/**
	 * Returns the mentor profile with the primary key or throws a <code>NoSuchMentorProfileException</code> if it could not be found.
	 *
	 * @param mentorProfileId the primary key of the mentor profile
	 * @return the mentor profile
	 * @throws NoSuchMentorProfileException if a mentor profile with the primary key could not be found
	 */
	@Override
	public MentorProfile findByPrimaryKey(long mentorProfileId)
		throws NoSuchMentorProfileException {

		return findByPrimaryKey((Serializable)mentorProfileId);
	}

	/**
	 * Returns the mentor profile with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param mentorProfileId the primary key of the mentor profile
	 * @return the mentor profile, or <code>null</code> if a mentor profile with the primary key could not be found
	 */
	@Override
	public MentorProfile fetchByPrimaryKey(long mentorProfileId) {
		return fetchByPrimaryKey((Serializable)mentorProfileId);
	}

	/**
	 * Returns all the mentor profiles.
	 *
	 * @return the mentor profiles
	 */
	@Override
	public List<MentorProfile> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the mentor profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @return the range of mentor profiles
	 */
	@Override
	public List<MentorProfile> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the mentor profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of mentor profiles
	 */
	@Override
	public List<MentorProfile> findAll(
		int start, int end,
		OrderByComparator<MentorProfile> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the mentor profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of mentor profiles
	 */
	@Override
	public List<MentorProfile> findAll(
		int start, int end, OrderByComparator<MentorProfile> orderByComparator,
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

		List<MentorProfile> list = null;

		if (useFinderCache) {
			list = (List<MentorProfile>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_MENTORPROFILE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_MENTORPROFILE;

				sql = sql.concat(MentorProfileModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<MentorProfile>)QueryUtil.list(
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
	 * Removes all the mentor profiles from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (MentorProfile mentorProfile : findAll()) {
			remove(mentorProfile);
		}
	}

	/**
	 * Returns the number of mentor profiles.
	 *
	 * @return the number of mentor profiles
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_MENTORPROFILE);

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
		return "mentorProfileId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_MENTORPROFILE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return MentorProfileModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the mentor profile persistence.
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

		MentorProfileUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		MentorProfileUtil.setPersistence(null);

		entityCache.removeCache(MentorProfileImpl.class.getName());
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

	private static final String _SQL_SELECT_MENTORPROFILE =
		"SELECT mentorProfile FROM MentorProfile mentorProfile";

	private static final String _SQL_SELECT_MENTORPROFILE_WHERE =
		"SELECT mentorProfile FROM MentorProfile mentorProfile WHERE ";

	private static final String _SQL_COUNT_MENTORPROFILE =
		"SELECT COUNT(mentorProfile) FROM MentorProfile mentorProfile";

	private static final String _SQL_COUNT_MENTORPROFILE_WHERE =
		"SELECT COUNT(mentorProfile) FROM MentorProfile mentorProfile WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "mentorProfile.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No MentorProfile exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No MentorProfile exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		MentorProfilePersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"uuid"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}