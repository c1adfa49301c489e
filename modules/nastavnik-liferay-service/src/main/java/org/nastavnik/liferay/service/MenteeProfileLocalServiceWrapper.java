/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link MenteeProfileLocalService}.
 *
 * @author Brian Wing Shun Chan
 * @see MenteeProfileLocalService
 * @generated
 */
public class MenteeProfileLocalServiceWrapper
	implements MenteeProfileLocalService,
			   ServiceWrapper<MenteeProfileLocalService> {

	public MenteeProfileLocalServiceWrapper() {
		this(null);
	}

	public MenteeProfileLocalServiceWrapper(
		MenteeProfileLocalService menteeProfileLocalService) {

		_menteeProfileLocalService = menteeProfileLocalService;
	}

	@Override
	public org.nastavnik.liferay.model.MenteeProfile addMenteeProfile(
		long userId, String category, int yearsOfExperience,
		long organizationId,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return _menteeProfileLocalService.addMenteeProfile(
			userId, category, yearsOfExperience, organizationId,
			serviceContext);
	}

	/**
	 * Adds the mentee profile to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MenteeProfileLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param menteeProfile the mentee profile
	 * @return the mentee profile that was added
	 */
	@Override
	public org.nastavnik.liferay.model.MenteeProfile addMenteeProfile(
		org.nastavnik.liferay.model.MenteeProfile menteeProfile) {

		return _menteeProfileLocalService.addMenteeProfile(menteeProfile);
	}

	/**
	 * Creates a new mentee profile with the primary key. Does not add the mentee profile to the database.
	 *
	 * @param menteeProfileId the primary key for the new mentee profile
	 * @return the new mentee profile
	 */
	@Override
	public org.nastavnik.liferay.model.MenteeProfile createMenteeProfile(
		long menteeProfileId) {

		return _menteeProfileLocalService.createMenteeProfile(menteeProfileId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _menteeProfileLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the mentee profile with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MenteeProfileLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param menteeProfileId the primary key of the mentee profile
	 * @return the mentee profile that was removed
	 * @throws PortalException if a mentee profile with the primary key could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.MenteeProfile deleteMenteeProfile(
			long menteeProfileId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _menteeProfileLocalService.deleteMenteeProfile(menteeProfileId);
	}

	/**
	 * Deletes the mentee profile from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MenteeProfileLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param menteeProfile the mentee profile
	 * @return the mentee profile that was removed
	 */
	@Override
	public org.nastavnik.liferay.model.MenteeProfile deleteMenteeProfile(
		org.nastavnik.liferay.model.MenteeProfile menteeProfile) {

		return _menteeProfileLocalService.deleteMenteeProfile(menteeProfile);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _menteeProfileLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _menteeProfileLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _menteeProfileLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _menteeProfileLocalService.dynamicQuery();
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

		return _menteeProfileLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.MenteeProfileModelImpl</code>.
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

		return _menteeProfileLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.MenteeProfileModelImpl</code>.
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

		return _menteeProfileLocalService.dynamicQuery(
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

		return _menteeProfileLocalService.dynamicQueryCount(dynamicQuery);
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

		return _menteeProfileLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.nastavnik.liferay.model.MenteeProfile fetchMenteeProfile(
		long menteeProfileId) {

		return _menteeProfileLocalService.fetchMenteeProfile(menteeProfileId);
	}

	@Override
	public org.nastavnik.liferay.model.MenteeProfile fetchMenteeProfile(
		long groupId, long userId) {

		return _menteeProfileLocalService.fetchMenteeProfile(groupId, userId);
	}

	/**
	 * Returns the mentee profile matching the UUID and group.
	 *
	 * @param uuid the mentee profile's UUID
	 * @param groupId the primary key of the group
	 * @return the matching mentee profile, or <code>null</code> if a matching mentee profile could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.MenteeProfile
		fetchMenteeProfileByUuidAndGroupId(String uuid, long groupId) {

		return _menteeProfileLocalService.fetchMenteeProfileByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _menteeProfileLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _menteeProfileLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _menteeProfileLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the mentee profile with the primary key.
	 *
	 * @param menteeProfileId the primary key of the mentee profile
	 * @return the mentee profile
	 * @throws PortalException if a mentee profile with the primary key could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.MenteeProfile getMenteeProfile(
			long menteeProfileId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _menteeProfileLocalService.getMenteeProfile(menteeProfileId);
	}

	/**
	 * Returns the mentee profile matching the UUID and group.
	 *
	 * @param uuid the mentee profile's UUID
	 * @param groupId the primary key of the group
	 * @return the matching mentee profile
	 * @throws PortalException if a matching mentee profile could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.MenteeProfile
			getMenteeProfileByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _menteeProfileLocalService.getMenteeProfileByUuidAndGroupId(
			uuid, groupId);
	}

	/**
	 * Returns a range of all the mentee profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.MenteeProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @return the range of mentee profiles
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.MenteeProfile>
		getMenteeProfiles(int start, int end) {

		return _menteeProfileLocalService.getMenteeProfiles(start, end);
	}

	/**
	 * Returns all the mentee profiles matching the UUID and company.
	 *
	 * @param uuid the UUID of the mentee profiles
	 * @param companyId the primary key of the company
	 * @return the matching mentee profiles, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.MenteeProfile>
		getMenteeProfilesByUuidAndCompanyId(String uuid, long companyId) {

		return _menteeProfileLocalService.getMenteeProfilesByUuidAndCompanyId(
			uuid, companyId);
	}

	/**
	 * Returns a range of mentee profiles matching the UUID and company.
	 *
	 * @param uuid the UUID of the mentee profiles
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of mentee profiles
	 * @param end the upper bound of the range of mentee profiles (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching mentee profiles, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.MenteeProfile>
		getMenteeProfilesByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<org.nastavnik.liferay.model.MenteeProfile> orderByComparator) {

		return _menteeProfileLocalService.getMenteeProfilesByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of mentee profiles.
	 *
	 * @return the number of mentee profiles
	 */
	@Override
	public int getMenteeProfilesCount() {
		return _menteeProfileLocalService.getMenteeProfilesCount();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _menteeProfileLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _menteeProfileLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the mentee profile in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MenteeProfileLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param menteeProfile the mentee profile
	 * @return the mentee profile that was updated
	 */
	@Override
	public org.nastavnik.liferay.model.MenteeProfile updateMenteeProfile(
		org.nastavnik.liferay.model.MenteeProfile menteeProfile) {

		return _menteeProfileLocalService.updateMenteeProfile(menteeProfile);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _menteeProfileLocalService.getBasePersistence();
	}

	@Override
	public MenteeProfileLocalService getWrappedService() {
		return _menteeProfileLocalService;
	}

	@Override
	public void setWrappedService(
		MenteeProfileLocalService menteeProfileLocalService) {

		_menteeProfileLocalService = menteeProfileLocalService;
	}

	private MenteeProfileLocalService _menteeProfileLocalService;

}