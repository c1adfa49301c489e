/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link MentorStrengthLocalService}.
 *
 * @author Brian Wing Shun Chan
 * @see MentorStrengthLocalService
 * @generated
 */
public class MentorStrengthLocalServiceWrapper
	implements MentorStrengthLocalService,
			   ServiceWrapper<MentorStrengthLocalService> {

	public MentorStrengthLocalServiceWrapper() {
		this(null);
	}

	public MentorStrengthLocalServiceWrapper(
		MentorStrengthLocalService mentorStrengthLocalService) {

		_mentorStrengthLocalService = mentorStrengthLocalService;
	}

	@Override
	public org.nastavnik.liferay.model.MentorStrength addMentorStrength(
		long userId, long mentorProfileId, long competencyId, int strengthLevel,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return _mentorStrengthLocalService.addMentorStrength(
			userId, mentorProfileId, competencyId, strengthLevel,
			serviceContext);
	}

	/**
	 * Adds the mentor strength to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorStrengthLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorStrength the mentor strength
	 * @return the mentor strength that was added
	 */
	@Override
	public org.nastavnik.liferay.model.MentorStrength addMentorStrength(
		org.nastavnik.liferay.model.MentorStrength mentorStrength) {

		return _mentorStrengthLocalService.addMentorStrength(mentorStrength);
	}

	/**
	 * Creates a new mentor strength with the primary key. Does not add the mentor strength to the database.
	 *
	 * @param mentorStrengthId the primary key for the new mentor strength
	 * @return the new mentor strength
	 */
	@Override
	public org.nastavnik.liferay.model.MentorStrength createMentorStrength(
		long mentorStrengthId) {

		return _mentorStrengthLocalService.createMentorStrength(
			mentorStrengthId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorStrengthLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the mentor strength with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorStrengthLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorStrengthId the primary key of the mentor strength
	 * @return the mentor strength that was removed
	 * @throws PortalException if a mentor strength with the primary key could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.MentorStrength deleteMentorStrength(
			long mentorStrengthId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorStrengthLocalService.deleteMentorStrength(
			mentorStrengthId);
	}

	/**
	 * Deletes the mentor strength from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorStrengthLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorStrength the mentor strength
	 * @return the mentor strength that was removed
	 */
	@Override
	public org.nastavnik.liferay.model.MentorStrength deleteMentorStrength(
		org.nastavnik.liferay.model.MentorStrength mentorStrength) {

		return _mentorStrengthLocalService.deleteMentorStrength(mentorStrength);
	}

	@Override
	public void deleteMentorStrengths(long mentorProfileId) {
		_mentorStrengthLocalService.deleteMentorStrengths(mentorProfileId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorStrengthLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _mentorStrengthLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _mentorStrengthLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _mentorStrengthLocalService.dynamicQuery();
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

		return _mentorStrengthLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.MentorStrengthModelImpl</code>.
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

		return _mentorStrengthLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.MentorStrengthModelImpl</code>.
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

		return _mentorStrengthLocalService.dynamicQuery(
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

		return _mentorStrengthLocalService.dynamicQueryCount(dynamicQuery);
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

		return _mentorStrengthLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.nastavnik.liferay.model.MentorStrength fetchMentorStrength(
		long mentorStrengthId) {

		return _mentorStrengthLocalService.fetchMentorStrength(
			mentorStrengthId);
	}

	/**
	 * Returns the mentor strength matching the UUID and group.
	 *
	 * @param uuid the mentor strength's UUID
	 * @param groupId the primary key of the group
	 * @return the matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.MentorStrength
		fetchMentorStrengthByUuidAndGroupId(String uuid, long groupId) {

		return _mentorStrengthLocalService.fetchMentorStrengthByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _mentorStrengthLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _mentorStrengthLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _mentorStrengthLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the mentor strength with the primary key.
	 *
	 * @param mentorStrengthId the primary key of the mentor strength
	 * @return the mentor strength
	 * @throws PortalException if a mentor strength with the primary key could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.MentorStrength getMentorStrength(
			long mentorStrengthId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorStrengthLocalService.getMentorStrength(mentorStrengthId);
	}

	/**
	 * Returns the mentor strength matching the UUID and group.
	 *
	 * @param uuid the mentor strength's UUID
	 * @param groupId the primary key of the group
	 * @return the matching mentor strength
	 * @throws PortalException if a matching mentor strength could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.MentorStrength
			getMentorStrengthByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorStrengthLocalService.getMentorStrengthByUuidAndGroupId(
			uuid, groupId);
	}

	/**
	 * Returns a range of all the mentor strengths.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.MentorStrengthModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @return the range of mentor strengths
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.MentorStrength>
		getMentorStrengths(int start, int end) {

		return _mentorStrengthLocalService.getMentorStrengths(start, end);
	}

	@Override
	public java.util.List<org.nastavnik.liferay.model.MentorStrength>
		getMentorStrengths(long[] mentorProfileIds) {

		return _mentorStrengthLocalService.getMentorStrengths(mentorProfileIds);
	}

	/**
	 * Returns all the mentor strengths matching the UUID and company.
	 *
	 * @param uuid the UUID of the mentor strengths
	 * @param companyId the primary key of the company
	 * @return the matching mentor strengths, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.MentorStrength>
		getMentorStrengthsByUuidAndCompanyId(String uuid, long companyId) {

		return _mentorStrengthLocalService.getMentorStrengthsByUuidAndCompanyId(
			uuid, companyId);
	}

	/**
	 * Returns a range of mentor strengths matching the UUID and company.
	 *
	 * @param uuid the UUID of the mentor strengths
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of mentor strengths
	 * @param end the upper bound of the range of mentor strengths (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching mentor strengths, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.MentorStrength>
		getMentorStrengthsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<org.nastavnik.liferay.model.MentorStrength>
					orderByComparator) {

		return _mentorStrengthLocalService.getMentorStrengthsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of mentor strengths.
	 *
	 * @return the number of mentor strengths
	 */
	@Override
	public int getMentorStrengthsCount() {
		return _mentorStrengthLocalService.getMentorStrengthsCount();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _mentorStrengthLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorStrengthLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the mentor strength in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorStrengthLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorStrength the mentor strength
	 * @return the mentor strength that was updated
	 */
	@Override
	public org.nastavnik.liferay.model.MentorStrength updateMentorStrength(
		org.nastavnik.liferay.model.MentorStrength mentorStrength) {

		return _mentorStrengthLocalService.updateMentorStrength(mentorStrength);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _mentorStrengthLocalService.getBasePersistence();
	}

	@Override
	public MentorStrengthLocalService getWrappedService() {
		return _mentorStrengthLocalService;
	}

	@Override
	public void setWrappedService(
		MentorStrengthLocalService mentorStrengthLocalService) {

		_mentorStrengthLocalService = mentorStrengthLocalService;
	}

	private MentorStrengthLocalService _mentorStrengthLocalService;

}