/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link MenteeNeedLocalService}.
 *
 * @author Brian Wing Shun Chan
 * @see MenteeNeedLocalService
 * @generated
 */
public class MenteeNeedLocalServiceWrapper
	implements MenteeNeedLocalService, ServiceWrapper<MenteeNeedLocalService> {

	public MenteeNeedLocalServiceWrapper() {
		this(null);
	}

	public MenteeNeedLocalServiceWrapper(
		MenteeNeedLocalService menteeNeedLocalService) {

		_menteeNeedLocalService = menteeNeedLocalService;
	}

	@Override
	public org.nastavnik.liferay.model.MenteeNeed addMenteeNeed(
		long userId, long menteeProfileId, long competencyId,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return _menteeNeedLocalService.addMenteeNeed(
			userId, menteeProfileId, competencyId, serviceContext);
	}

	/**
	 * Adds the mentee need to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MenteeNeedLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param menteeNeed the mentee need
	 * @return the mentee need that was added
	 */
	@Override
	public org.nastavnik.liferay.model.MenteeNeed addMenteeNeed(
		org.nastavnik.liferay.model.MenteeNeed menteeNeed) {

		return _menteeNeedLocalService.addMenteeNeed(menteeNeed);
	}

	/**
	 * Creates a new mentee need with the primary key. Does not add the mentee need to the database.
	 *
	 * @param menteeNeedId the primary key for the new mentee need
	 * @return the new mentee need
	 */
	@Override
	public org.nastavnik.liferay.model.MenteeNeed createMenteeNeed(
		long menteeNeedId) {

		return _menteeNeedLocalService.createMenteeNeed(menteeNeedId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _menteeNeedLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the mentee need with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MenteeNeedLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param menteeNeedId the primary key of the mentee need
	 * @return the mentee need that was removed
	 * @throws PortalException if a mentee need with the primary key could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.MenteeNeed deleteMenteeNeed(
			long menteeNeedId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _menteeNeedLocalService.deleteMenteeNeed(menteeNeedId);
	}

	/**
	 * Deletes the mentee need from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MenteeNeedLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param menteeNeed the mentee need
	 * @return the mentee need that was removed
	 */
	@Override
	public org.nastavnik.liferay.model.MenteeNeed deleteMenteeNeed(
		org.nastavnik.liferay.model.MenteeNeed menteeNeed) {

		return _menteeNeedLocalService.deleteMenteeNeed(menteeNeed);
	}

	@Override
	public void deleteMenteeNeeds(long menteeProfileId) {
		_menteeNeedLocalService.deleteMenteeNeeds(menteeProfileId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _menteeNeedLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _menteeNeedLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _menteeNeedLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _menteeNeedLocalService.dynamicQuery();
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

		return _menteeNeedLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.MenteeNeedModelImpl</code>.
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

		return _menteeNeedLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.MenteeNeedModelImpl</code>.
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

		return _menteeNeedLocalService.dynamicQuery(
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

		return _menteeNeedLocalService.dynamicQueryCount(dynamicQuery);
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

		return _menteeNeedLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.nastavnik.liferay.model.MenteeNeed fetchMenteeNeed(
		long menteeNeedId) {

		return _menteeNeedLocalService.fetchMenteeNeed(menteeNeedId);
	}

	/**
	 * Returns the mentee need matching the UUID and group.
	 *
	 * @param uuid the mentee need's UUID
	 * @param groupId the primary key of the group
	 * @return the matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.MenteeNeed
		fetchMenteeNeedByUuidAndGroupId(String uuid, long groupId) {

		return _menteeNeedLocalService.fetchMenteeNeedByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _menteeNeedLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _menteeNeedLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _menteeNeedLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the mentee need with the primary key.
	 *
	 * @param menteeNeedId the primary key of the mentee need
	 * @return the mentee need
	 * @throws PortalException if a mentee need with the primary key could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.MenteeNeed getMenteeNeed(
			long menteeNeedId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _menteeNeedLocalService.getMenteeNeed(menteeNeedId);
	}

	/**
	 * Returns the mentee need matching the UUID and group.
	 *
	 * @param uuid the mentee need's UUID
	 * @param groupId the primary key of the group
	 * @return the matching mentee need
	 * @throws PortalException if a matching mentee need could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.MenteeNeed getMenteeNeedByUuidAndGroupId(
			String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _menteeNeedLocalService.getMenteeNeedByUuidAndGroupId(
			uuid, groupId);
	}

	/**
	 * Returns a range of all the mentee needs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.MenteeNeedModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @return the range of mentee needs
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.MenteeNeed>
		getMenteeNeeds(int start, int end) {

		return _menteeNeedLocalService.getMenteeNeeds(start, end);
	}

	@Override
	public java.util.List<org.nastavnik.liferay.model.MenteeNeed>
		getMenteeNeeds(long[] menteeProfileIds) {

		return _menteeNeedLocalService.getMenteeNeeds(menteeProfileIds);
	}

	/**
	 * Returns all the mentee needs matching the UUID and company.
	 *
	 * @param uuid the UUID of the mentee needs
	 * @param companyId the primary key of the company
	 * @return the matching mentee needs, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.MenteeNeed>
		getMenteeNeedsByUuidAndCompanyId(String uuid, long companyId) {

		return _menteeNeedLocalService.getMenteeNeedsByUuidAndCompanyId(
			uuid, companyId);
	}

	/**
	 * Returns a range of mentee needs matching the UUID and company.
	 *
	 * @param uuid the UUID of the mentee needs
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of mentee needs
	 * @param end the upper bound of the range of mentee needs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching mentee needs, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.MenteeNeed>
		getMenteeNeedsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<org.nastavnik.liferay.model.MenteeNeed> orderByComparator) {

		return _menteeNeedLocalService.getMenteeNeedsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of mentee needs.
	 *
	 * @return the number of mentee needs
	 */
	@Override
	public int getMenteeNeedsCount() {
		return _menteeNeedLocalService.getMenteeNeedsCount();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _menteeNeedLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _menteeNeedLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the mentee need in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MenteeNeedLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param menteeNeed the mentee need
	 * @return the mentee need that was updated
	 */
	@Override
	public org.nastavnik.liferay.model.MenteeNeed updateMenteeNeed(
		org.nastavnik.liferay.model.MenteeNeed menteeNeed) {

		return _menteeNeedLocalService.updateMenteeNeed(menteeNeed);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _menteeNeedLocalService.getBasePersistence();
	}

	@Override
	public MenteeNeedLocalService getWrappedService() {
		return _menteeNeedLocalService;
	}

	@Override
	public void setWrappedService(
		MenteeNeedLocalService menteeNeedLocalService) {

		_menteeNeedLocalService = menteeNeedLocalService;
	}

	private MenteeNeedLocalService _menteeNeedLocalService;

}