/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.module.service.Snapshot;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import org.nastavnik.liferay.model.MentorProfile;

/**
 * Provides the local service utility for MentorProfile. This utility wraps
 * <code>org.nastavnik.liferay.service.impl.MentorProfileLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Brian Wing Shun Chan
 * @see MentorProfileLocalService
 * @generated
 */
public class MentorProfileLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>org.nastavnik.liferay.service.impl.MentorProfileLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static MentorProfile addMentorProfile(
		long userId, int capacity, String formats, String bio,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return getService().addMentorProfile(
			userId, capacity, formats, bio, serviceContext);
	}

	/**
	 * Adds the mentor profile to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorProfileLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorProfile the mentor profile
	 * @return the mentor profile that was added
	 */
	public static MentorProfile addMentorProfile(MentorProfile mentorProfile) {
		return getService().addMentorProfile(mentorProfile);
	}

	/**
	 * Creates a new mentor profile with the primary key. Does not add the mentor profile to the database.
	 *
	 * @param mentorProfileId the primary key for the new mentor profile
	 * @return the new mentor profile
	 */
	public static MentorProfile createMentorProfile(long mentorProfileId) {
		return getService().createMentorProfile(mentorProfileId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel createPersistedModel(
			Serializable primaryKeyObj)
		throws PortalException {

		return getService().createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the mentor profile with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorProfileLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorProfileId the primary key of the mentor profile
	 * @return the mentor profile that was removed
	 * @throws PortalException if a mentor profile with the primary key could not be found
	 */
	public static MentorProfile deleteMentorProfile(long mentorProfileId)
		throws PortalException {

		return getService().deleteMentorProfile(mentorProfileId);
	}

	/**
	 * Deletes the mentor profile from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorProfileLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorProfile the mentor profile
	 * @return the mentor profile that was removed
	 */
	public static MentorProfile deleteMentorProfile(
		MentorProfile mentorProfile) {

		return getService().deleteMentorProfile(mentorProfile);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
	}

	public static <T> T dslQuery(DSLQuery dslQuery) {
		return getService().dslQuery(dslQuery);
	}

	public static int dslQueryCount(DSLQuery dslQuery) {
		return getService().dslQueryCount(dslQuery);
	}

	public static DynamicQuery dynamicQuery() {
		return getService().dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	public static <T> List<T> dynamicQuery(DynamicQuery dynamicQuery) {
		return getService().dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @return the range of matching rows
	 */
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getService().dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rows
	 */
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator) {

		return getService().dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(DynamicQuery dynamicQuery) {
		return getService().dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(
		DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return getService().dynamicQueryCount(dynamicQuery, projection);
	}

	public static MentorProfile fetchMentorProfile(long mentorProfileId) {
		return getService().fetchMentorProfile(mentorProfileId);
	}

	public static MentorProfile fetchMentorProfile(long groupId, long userId) {
		return getService().fetchMentorProfile(groupId, userId);
	}

	/**
	 * Returns the mentor profile matching the UUID and group.
	 *
	 * @param uuid the mentor profile's UUID
	 * @param groupId the primary key of the group
	 * @return the matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	public static MentorProfile fetchMentorProfileByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchMentorProfileByUuidAndGroupId(uuid, groupId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return getService().getExportActionableDynamicQuery(portletDataContext);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the mentor profile with the primary key.
	 *
	 * @param mentorProfileId the primary key of the mentor profile
	 * @return the mentor profile
	 * @throws PortalException if a mentor profile with the primary key could not be found
	 */
	public static MentorProfile getMentorProfile(long mentorProfileId)
		throws PortalException {

		return getService().getMentorProfile(mentorProfileId);
	}

	/**
	 * Returns the mentor profile matching the UUID and group.
	 *
	 * @param uuid the mentor profile's UUID
	 * @param groupId the primary key of the group
	 * @return the matching mentor profile
	 * @throws PortalException if a matching mentor profile could not be found
	 */
	public static MentorProfile getMentorProfileByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getMentorProfileByUuidAndGroupId(uuid, groupId);
	}

	/**
	 * Returns a range of all the mentor profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.MentorProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @return the range of mentor profiles
	 */
	public static List<MentorProfile> getMentorProfiles(int start, int end) {
		return getService().getMentorProfiles(start, end);
	}

	/**
	 * Returns all the mentor profiles matching the UUID and company.
	 *
	 * @param uuid the UUID of the mentor profiles
	 * @param companyId the primary key of the company
	 * @return the matching mentor profiles, or an empty list if no matches were found
	 */
	public static List<MentorProfile> getMentorProfilesByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getMentorProfilesByUuidAndCompanyId(
			uuid, companyId);
	}

	/**
	 * Returns a range of mentor profiles matching the UUID and company.
	 *
	 * @param uuid the UUID of the mentor profiles
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of mentor profiles
	 * @param end the upper bound of the range of mentor profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching mentor profiles, or an empty list if no matches were found
	 */
	public static List<MentorProfile> getMentorProfilesByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MentorProfile> orderByComparator) {

		return getService().getMentorProfilesByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of mentor profiles.
	 *
	 * @return the number of mentor profiles
	 */
	public static int getMentorProfilesCount() {
		return getService().getMentorProfilesCount();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the mentor profile in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorProfileLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorProfile the mentor profile
	 * @return the mentor profile that was updated
	 */
	public static MentorProfile updateMentorProfile(
		MentorProfile mentorProfile) {

		return getService().updateMentorProfile(mentorProfile);
	}

	public static MentorProfileLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<MentorProfileLocalService> _serviceSnapshot =
		new Snapshot<>(
			MentorProfileLocalServiceUtil.class,
			MentorProfileLocalService.class);

}