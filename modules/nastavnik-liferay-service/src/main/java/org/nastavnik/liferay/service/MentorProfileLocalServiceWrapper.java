/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link MentorProfileLocalService}.
 *
 * @author Brian Wing Shun Chan
 * @see MentorProfileLocalService
 * @generated
 */
public class MentorProfileLocalServiceWrapper
	implements MentorProfileLocalService,
			   ServiceWrapper<MentorProfileLocalService> {

	public MentorProfileLocalServiceWrapper() {
		this(null);
	}

	public MentorProfileLocalServiceWrapper(
		MentorProfileLocalService mentorProfileLocalService) {

		_mentorProfileLocalService = mentorProfileLocalService;
	}

	@Override
	public org.nastavnik.liferay.model.MentorProfile addMentorProfile(
		long userId, int capacity, String formats, String bio,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return _mentorProfileLocalService.addMentorProfile(
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
	@Override
	public org.nastavnik.liferay.model.MentorProfile addMentorProfile(
		org.nastavnik.liferay.model.MentorProfile mentorProfile) {

		return _mentorProfileLocalService.addMentorProfile(mentorProfile);
	}

	/**
	 * Creates a new mentor profile with the primary key. Does not add the mentor profile to the database.
	 *
	 * @param mentorProfileId the primary key for the new mentor profile
	 * @return the new mentor profile
	 */
	@Override
	public org.nastavnik.liferay.model.MentorProfile createMentorProfile(
		long mentorProfileId) {

		return _mentorProfileLocalService.createMentorProfile(mentorProfileId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorProfileLocalService.createPersistedModel(primaryKeyObj);
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
	@Override
	public org.nastavnik.liferay.model.MentorProfile deleteMentorProfile(
			long mentorProfileId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorProfileLocalService.deleteMentorProfile(mentorProfileId);
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
	@Override
	public org.nastavnik.liferay.model.MentorProfile deleteMentorProfile(
		org.nastavnik.liferay.model.MentorProfile mentorProfile) {

		return _mentorProfileLocalService.deleteMentorProfile(mentorProfile);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorProfileLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _mentorProfileLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _mentorProfileLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _mentorProfileLocalService.dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _mentorProfileLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _mentorProfileLocalService.dynamicQuery(
			dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _mentorProfileLocalService.dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _mentorProfileLocalService.dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return _mentorProfileLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.nastavnik.liferay.model.MentorProfile fetchMentorProfile(
		long mentorProfileId) {

		return _mentorProfileLocalService.fetchMentorProfile(mentorProfileId);
	}

	@Override
	public org.nastavnik.liferay.model.MentorProfile fetchMentorProfile(
		long groupId, long userId) {

		return _mentorProfileLocalService.fetchMentorProfile(groupId, userId);
	}

	/**
	 * Returns the mentor profile matching the UUID and group.
	 *
	 * @param uuid the mentor profile's UUID
	 * @param groupId the primary key of the group
	 * @return the matching mentor profile, or <code>null</code> if a matching mentor profile could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.MentorProfile
		fetchMentorProfileByUuidAndGroupId(String uuid, long groupId) {

		return _mentorProfileLocalService.fetchMentorProfileByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _mentorProfileLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _mentorProfileLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _mentorProfileLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the mentor profile with the primary key.
	 *
	 * @param mentorProfileId the primary key of the mentor profile
	 * @return the mentor profile
	 * @throws PortalException if a mentor profile with the primary key could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.MentorProfile getMentorProfile(
			long mentorProfileId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorProfileLocalService.getMentorProfile(mentorProfileId);
	}

	/**
	 * Returns the mentor profile matching the UUID and group.
	 *
	 * @param uuid the mentor profile's UUID
	 * @param groupId the primary key of the group
	 * @return the matching mentor profile
	 * @throws PortalException if a matching mentor profile could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.MentorProfile
			getMentorProfileByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorProfileLocalService.getMentorProfileByUuidAndGroupId(
			uuid, groupId);
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
	@Override
	public java.util.List<org.nastavnik.liferay.model.MentorProfile>
		getMentorProfiles(int start, int end) {

		return _mentorProfileLocalService.getMentorProfiles(start, end);
	}

	/**
	 * Returns all the mentor profiles matching the UUID and company.
	 *
	 * @param uuid the UUID of the mentor profiles
	 * @param companyId the primary key of the company
	 * @return the matching mentor profiles, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.MentorProfile>
		getMentorProfilesByUuidAndCompanyId(String uuid, long companyId) {

		return _mentorProfileLocalService.getMentorProfilesByUuidAndCompanyId(
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
	@Override
	public java.util.List<org.nastavnik.liferay.model.MentorProfile>
		getMentorProfilesByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<org.nastavnik.liferay.model.MentorProfile> orderByComparator) {

		return _mentorProfileLocalService.getMentorProfilesByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of mentor profiles.
	 *
	 * @return the number of mentor profiles
	 */
	@Override
	public int getMentorProfilesCount() {
		return _mentorProfileLocalService.getMentorProfilesCount();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _mentorProfileLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorProfileLocalService.getPersistedModel(primaryKeyObj);
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
	@Override
	public org.nastavnik.liferay.model.MentorProfile updateMentorProfile(
		org.nastavnik.liferay.model.MentorProfile mentorProfile) {

		return _mentorProfileLocalService.updateMentorProfile(mentorProfile);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _mentorProfileLocalService.getBasePersistence();
	}

	@Override
	public MentorProfileLocalService getWrappedService() {
		return _mentorProfileLocalService;
	}

	@Override
	public void setWrappedService(
		MentorProfileLocalService mentorProfileLocalService) {

		_mentorProfileLocalService = mentorProfileLocalService;
	}

	private MentorProfileLocalService _mentorProfileLocalService;

}