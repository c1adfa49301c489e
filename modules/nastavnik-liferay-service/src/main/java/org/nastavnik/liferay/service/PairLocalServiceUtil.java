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

import org.nastavnik.liferay.model.Pair;

/**
 * Provides the local service utility for Pair. This utility wraps
 * <code>org.nastavnik.liferay.service.impl.PairLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Brian Wing Shun Chan
 * @see PairLocalService
 * @generated
 */
public class PairLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>org.nastavnik.liferay.service.impl.PairLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static Pair addPair(
		long userId, long programId, long mentorUserId, String mentorResponse,
		String status, java.util.Date statusDate,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return getService().addPair(
			userId, programId, mentorUserId, mentorResponse, status, statusDate,
			serviceContext);
	}

	/**
	 * Adds the pair to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect PairLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param pair the pair
	 * @return the pair that was added
	 */
	public static Pair addPair(Pair pair) {
		return getService().addPair(pair);
	}

	/**
	 * Creates a new pair with the primary key. Does not add the pair to the database.
	 *
	 * @param pairId the primary key for the new pair
	 * @return the new pair
	 */
	public static Pair createPair(long pairId) {
		return getService().createPair(pairId);
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
	 * Deletes the pair with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect PairLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param pairId the primary key of the pair
	 * @return the pair that was removed
	 * @throws PortalException if a pair with the primary key could not be found
	 */
	public static Pair deletePair(long pairId) throws PortalException {
		return getService().deletePair(pairId);
	}

	/**
	 * Deletes the pair from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect PairLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param pair the pair
	 * @return the pair that was removed
	 */
	public static Pair deletePair(Pair pair) {
		return getService().deletePair(pair);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.PairModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.PairModelImpl</code>.
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

	public static Pair fetchPair(long pairId) {
		return getService().fetchPair(pairId);
	}

	/**
	 * Returns the pair matching the UUID and group.
	 *
	 * @param uuid the pair's UUID
	 * @param groupId the primary key of the group
	 * @return the matching pair, or <code>null</code> if a matching pair could not be found
	 */
	public static Pair fetchPairByUuidAndGroupId(String uuid, long groupId) {
		return getService().fetchPairByUuidAndGroupId(uuid, groupId);
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
	 * Returns the pair with the primary key.
	 *
	 * @param pairId the primary key of the pair
	 * @return the pair
	 * @throws PortalException if a pair with the primary key could not be found
	 */
	public static Pair getPair(long pairId) throws PortalException {
		return getService().getPair(pairId);
	}

	/**
	 * Returns the pair matching the UUID and group.
	 *
	 * @param uuid the pair's UUID
	 * @param groupId the primary key of the group
	 * @return the matching pair
	 * @throws PortalException if a matching pair could not be found
	 */
	public static Pair getPairByUuidAndGroupId(String uuid, long groupId)
		throws PortalException {

		return getService().getPairByUuidAndGroupId(uuid, groupId);
	}

	/**
	 * Returns a range of all the pairs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.nastavnik.liferay.model.impl.PairModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @return the range of pairs
	 */
	public static List<Pair> getPairs(int start, int end) {
		return getService().getPairs(start, end);
	}

	/**
	 * Returns all the pairs matching the UUID and company.
	 *
	 * @param uuid the UUID of the pairs
	 * @param companyId the primary key of the company
	 * @return the matching pairs, or an empty list if no matches were found
	 */
	public static List<Pair> getPairsByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getPairsByUuidAndCompanyId(uuid, companyId);
	}

	/**
	 * Returns a range of pairs matching the UUID and company.
	 *
	 * @param uuid the UUID of the pairs
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of pairs
	 * @param end the upper bound of the range of pairs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching pairs, or an empty list if no matches were found
	 */
	public static List<Pair> getPairsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Pair> orderByComparator) {

		return getService().getPairsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of pairs.
	 *
	 * @return the number of pairs
	 */
	public static int getPairsCount() {
		return getService().getPairsCount();
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the pair in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect PairLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param pair the pair
	 * @return the pair that was updated
	 */
	public static Pair updatePair(Pair pair) {
		return getService().updatePair(pair);
	}

	public static PairLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<PairLocalService> _serviceSnapshot =
		new Snapshot<>(PairLocalServiceUtil.class, PairLocalService.class);

}