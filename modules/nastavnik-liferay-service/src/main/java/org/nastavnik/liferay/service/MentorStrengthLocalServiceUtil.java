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

import org.nastavnik.liferay.model.MentorStrength;

/**
 * Provides the local service utility for MentorStrength. This utility wraps
 * <code>org.nastavnik.liferay.service.impl.MentorStrengthLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Brian Wing Shun Chan
 * @see MentorStrengthLocalService
 * @generated
 */
public class MentorStrengthLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>org.nastavnik.liferay.service.impl.MentorStrengthLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static MentorStrength addMentorStrength(
		long userId, long mentorProfileId, long competencyId, int strengthLevel,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return getService().addMentorStrength(
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
	public static MentorStrength addMentorStrength(
		MentorStrength mentorStrength) {

		return getService().addMentorStrength(mentorStrength);
	}

	/**
	 * Creates a new mentor strength with the primary key. Does not add the mentor strength to the database.
	 *
	 * @param mentorStrengthId the primary key for the new mentor strength
	 * @return the new mentor strength
	 */
	public static MentorStrength createMentorStrength(long mentorStrengthId) {
		return getService().createMentorStrength(mentorStrengthId);
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
	public static MentorStrength deleteMentorStrength(long mentorStrengthId)
		throws PortalException {

		return getService().deleteMentorStrength(mentorStrengthId);
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
	public static MentorStrength deleteMentorStrength(
		MentorStrength mentorStrength) {

		return getService().deleteMentorStrength(mentorStrength);
	}

	public static void deleteMentorStrengths(long mentorProfileId) {
		getService().deleteMentorStrengths(mentorProfileId);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.MentorStrengthModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.MentorStrengthModelImpl</code>.
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

	public static MentorStrength fetchMentorStrength(long mentorStrengthId) {
		return getService().fetchMentorStrength(mentorStrengthId);
	}

	/**
	 * Returns the mentor strength matching the UUID and group.
	 *
	 * @param uuid the mentor strength's UUID
	 * @param groupId the primary key of the group
	 * @return the matching mentor strength, or <code>null</code> if a matching mentor strength could not be found
	 */
	public static MentorStrength fetchMentorStrengthByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchMentorStrengthByUuidAndGroupId(uuid, groupId);
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
	 * Returns the mentor strength with the primary key.
	 *
	 * @param mentorStrengthId the primary key of the mentor strength
	 * @return the mentor strength
	 * @throws PortalException if a mentor strength with the primary key could not be found
	 */
	public static MentorStrength getMentorStrength(long mentorStrengthId)
		throws PortalException {

		return getService().getMentorStrength(mentorStrengthId);
	}

	/**
	 * Returns the mentor strength matching the UUID and group.
	 *
	 * @param uuid the mentor strength's UUID
	 * @param groupId the primary key of the group
	 * @return the matching mentor strength
	 * @throws PortalException if a matching mentor strength could not be found
	 */
	public static MentorStrength getMentorStrengthByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getMentorStrengthByUuidAndGroupId(uuid, groupId);
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
	public static List<MentorStrength> getMentorStrengths(int start, int end) {
		return getService().getMentorStrengths(start, end);
	}

	public static List<MentorStrength> getMentorStrengths(
		long[] mentorProfileIds) {

		return getService().getMentorStrengths(mentorProfileIds);
	}

	/**
	 * Returns all the mentor strengths matching the UUID and company.
	 *
	 * @param uuid the UUID of the mentor strengths
	 * @param companyId the primary key of the company
	 * @return the matching mentor strengths, or an empty list if no matches were found
	 */
	public static List<MentorStrength> getMentorStrengthsByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getMentorStrengthsByUuidAndCompanyId(
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
	public static List<MentorStrength> getMentorStrengthsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MentorStrength> orderByComparator) {

		return getService().getMentorStrengthsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of mentor strengths.
	 *
	 * @return the number of mentor strengths
	 */
	public static int getMentorStrengthsCount() {
		return getService().getMentorStrengthsCount();
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
	 * Updates the mentor strength in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorStrengthLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorStrength the mentor strength
	 * @return the mentor strength that was updated
	 */
	public static MentorStrength updateMentorStrength(
		MentorStrength mentorStrength) {

		return getService().updateMentorStrength(mentorStrength);
	}

	public static MentorStrengthLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<MentorStrengthLocalService> _serviceSnapshot =
		new Snapshot<>(
			MentorStrengthLocalServiceUtil.class,
			MentorStrengthLocalService.class);

}