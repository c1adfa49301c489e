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

import org.nastavnik.liferay.model.MenteeNeed;

/**
 * Provides the local service utility for MenteeNeed. This utility wraps
 * <code>org.nastavnik.liferay.service.impl.MenteeNeedLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Brian Wing Shun Chan
 * @see MenteeNeedLocalService
 * @generated
 */
public class MenteeNeedLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>org.nastavnik.liferay.service.impl.MenteeNeedLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static MenteeNeed addMenteeNeed(
		long userId, long menteeProfileId, long competencyId,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return getService().addMenteeNeed(
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
	public static MenteeNeed addMenteeNeed(MenteeNeed menteeNeed) {
		return getService().addMenteeNeed(menteeNeed);
	}

	/**
	 * Creates a new mentee need with the primary key. Does not add the mentee need to the database.
	 *
	 * @param menteeNeedId the primary key for the new mentee need
	 * @return the new mentee need
	 */
	public static MenteeNeed createMenteeNeed(long menteeNeedId) {
		return getService().createMenteeNeed(menteeNeedId);
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
	public static MenteeNeed deleteMenteeNeed(long menteeNeedId)
		throws PortalException {

		return getService().deleteMenteeNeed(menteeNeedId);
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
	public static MenteeNeed deleteMenteeNeed(MenteeNeed menteeNeed) {
		return getService().deleteMenteeNeed(menteeNeed);
	}

	public static void deleteMenteeNeeds(long menteeProfileId) {
		getService().deleteMenteeNeeds(menteeProfileId);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.MenteeNeedModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.MenteeNeedModelImpl</code>.
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

	public static MenteeNeed fetchMenteeNeed(long menteeNeedId) {
		return getService().fetchMenteeNeed(menteeNeedId);
	}

	/**
	 * Returns the mentee need matching the UUID and group.
	 *
	 * @param uuid the mentee need's UUID
	 * @param groupId the primary key of the group
	 * @return the matching mentee need, or <code>null</code> if a matching mentee need could not be found
	 */
	public static MenteeNeed fetchMenteeNeedByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchMenteeNeedByUuidAndGroupId(uuid, groupId);
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
	 * Returns the mentee need with the primary key.
	 *
	 * @param menteeNeedId the primary key of the mentee need
	 * @return the mentee need
	 * @throws PortalException if a mentee need with the primary key could not be found
	 */
	public static MenteeNeed getMenteeNeed(long menteeNeedId)
		throws PortalException {

		return getService().getMenteeNeed(menteeNeedId);
	}

	/**
	 * Returns the mentee need matching the UUID and group.
	 *
	 * @param uuid the mentee need's UUID
	 * @param groupId the primary key of the group
	 * @return the matching mentee need
	 * @throws PortalException if a matching mentee need could not be found
	 */
	public static MenteeNeed getMenteeNeedByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getMenteeNeedByUuidAndGroupId(uuid, groupId);
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
	public static List<MenteeNeed> getMenteeNeeds(int start, int end) {
		return getService().getMenteeNeeds(start, end);
	}

	public static List<MenteeNeed> getMenteeNeeds(long[] menteeProfileIds) {
		return getService().getMenteeNeeds(menteeProfileIds);
	}

	/**
	 * Returns all the mentee needs matching the UUID and company.
	 *
	 * @param uuid the UUID of the mentee needs
	 * @param companyId the primary key of the company
	 * @return the matching mentee needs, or an empty list if no matches were found
	 */
	public static List<MenteeNeed> getMenteeNeedsByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getMenteeNeedsByUuidAndCompanyId(uuid, companyId);
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
	public static List<MenteeNeed> getMenteeNeedsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MenteeNeed> orderByComparator) {

		return getService().getMenteeNeedsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of mentee needs.
	 *
	 * @return the number of mentee needs
	 */
	public static int getMenteeNeedsCount() {
		return getService().getMenteeNeedsCount();
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
	 * Updates the mentee need in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MenteeNeedLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param menteeNeed the mentee need
	 * @return the mentee need that was updated
	 */
	public static MenteeNeed updateMenteeNeed(MenteeNeed menteeNeed) {
		return getService().updateMenteeNeed(menteeNeed);
	}

	public static MenteeNeedLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<MenteeNeedLocalService> _serviceSnapshot =
		new Snapshot<>(
			MenteeNeedLocalServiceUtil.class, MenteeNeedLocalService.class);

}