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

import org.nastavnik.liferay.model.PairMember;

/**
 * Provides the local service utility for PairMember. This utility wraps
 * <code>org.nastavnik.liferay.service.impl.PairMemberLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Brian Wing Shun Chan
 * @see PairMemberLocalService
 * @generated
 */
public class PairMemberLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>org.nastavnik.liferay.service.impl.PairMemberLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static PairMember addPairMember(
		long userId, long pairId, long programId, long menteeUserId,
		String response, int openInProgram,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return getService().addPairMember(
			userId, pairId, programId, menteeUserId, response, openInProgram,
			serviceContext);
	}

	/**
	 * Adds the pair member to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect PairMemberLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param pairMember the pair member
	 * @return the pair member that was added
	 */
	public static PairMember addPairMember(PairMember pairMember) {
		return getService().addPairMember(pairMember);
	}

	/**
	 * Creates a new pair member with the primary key. Does not add the pair member to the database.
	 *
	 * @param pairMemberId the primary key for the new pair member
	 * @return the new pair member
	 */
	public static PairMember createPairMember(long pairMemberId) {
		return getService().createPairMember(pairMemberId);
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
	 * Deletes the pair member with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect PairMemberLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param pairMemberId the primary key of the pair member
	 * @return the pair member that was removed
	 * @throws PortalException if a pair member with the primary key could not be found
	 */
	public static PairMember deletePairMember(long pairMemberId)
		throws PortalException {

		return getService().deletePairMember(pairMemberId);
	}

	/**
	 * Deletes the pair member from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect PairMemberLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param pairMember the pair member
	 * @return the pair member that was removed
	 */
	public static PairMember deletePairMember(PairMember pairMember) {
		return getService().deletePairMember(pairMember);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.PairMemberModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.PairMemberModelImpl</code>.
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

	public static PairMember fetchOpenPairMember(
		long programId, long menteeUserId) {

		return getService().fetchOpenPairMember(programId, menteeUserId);
	}

	public static PairMember fetchPairMember(long pairMemberId) {
		return getService().fetchPairMember(pairMemberId);
	}

	public static PairMember fetchPairMember(long pairId, long menteeUserId) {
		return getService().fetchPairMember(pairId, menteeUserId);
	}

	/**
	 * Returns the pair member matching the UUID and group.
	 *
	 * @param uuid the pair member's UUID
	 * @param groupId the primary key of the group
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	public static PairMember fetchPairMemberByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchPairMemberByUuidAndGroupId(uuid, groupId);
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
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * Returns the pair member with the primary key.
	 *
	 * @param pairMemberId the primary key of the pair member
	 * @return the pair member
	 * @throws PortalException if a pair member with the primary key could not be found
	 */
	public static PairMember getPairMember(long pairMemberId)
		throws PortalException {

		return getService().getPairMember(pairMemberId);
	}

	/**
	 * Returns the pair member matching the UUID and group.
	 *
	 * @param uuid the pair member's UUID
	 * @param groupId the primary key of the group
	 * @return the matching pair member
	 * @throws PortalException if a matching pair member could not be found
	 */
	public static PairMember getPairMemberByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getPairMemberByUuidAndGroupId(uuid, groupId);
	}

	/**
	 * Returns a range of all the pair members.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.PairMemberModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @return the range of pair members
	 */
	public static List<PairMember> getPairMembers(int start, int end) {
		return getService().getPairMembers(start, end);
	}

	public static List<PairMember> getPairMembers(long[] pairIds) {
		return getService().getPairMembers(pairIds);
	}

	/**
	 * Returns all the pair members matching the UUID and company.
	 *
	 * @param uuid the UUID of the pair members
	 * @param companyId the primary key of the company
	 * @return the matching pair members, or an empty list if no matches were found
	 */
	public static List<PairMember> getPairMembersByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getPairMembersByUuidAndCompanyId(uuid, companyId);
	}

	/**
	 * Returns a range of pair members matching the UUID and company.
	 *
	 * @param uuid the UUID of the pair members
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of pair members
	 * @param end the upper bound of the range of pair members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching pair members, or an empty list if no matches were found
	 */
	public static List<PairMember> getPairMembersByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<PairMember> orderByComparator) {

		return getService().getPairMembersByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of pair members.
	 *
	 * @return the number of pair members
	 */
	public static int getPairMembersCount() {
		return getService().getPairMembersCount();
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the pair member in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect PairMemberLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param pairMember the pair member
	 * @return the pair member that was updated
	 */
	public static PairMember updatePairMember(PairMember pairMember) {
		return getService().updatePairMember(pairMember);
	}

	public static PairMemberLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<PairMemberLocalService> _serviceSnapshot =
		new Snapshot<>(
			PairMemberLocalServiceUtil.class, PairMemberLocalService.class);

}