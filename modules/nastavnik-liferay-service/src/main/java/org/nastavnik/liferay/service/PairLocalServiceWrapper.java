/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link PairLocalService}.
 *
 * @author Brian Wing Shun Chan
 * @see PairLocalService
 * @generated
 */
public class PairLocalServiceWrapper
	implements PairLocalService, ServiceWrapper<PairLocalService> {

	public PairLocalServiceWrapper() {
		this(null);
	}

	public PairLocalServiceWrapper(PairLocalService pairLocalService) {
		_pairLocalService = pairLocalService;
	}

	@Override
	public org.nastavnik.liferay.model.Pair addPair(
		long userId, long programId, long mentorUserId, String mentorResponse,
		String status, java.util.Date statusDate,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return _pairLocalService.addPair(
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
	@Override
	public org.nastavnik.liferay.model.Pair addPair(
		org.nastavnik.liferay.model.Pair pair) {

		return _pairLocalService.addPair(pair);
	}

	/**
	 * Creates a new pair with the primary key. Does not add the pair to the database.
	 *
	 * @param pairId the primary key for the new pair
	 * @return the new pair
	 */
	@Override
	public org.nastavnik.liferay.model.Pair createPair(long pairId) {
		return _pairLocalService.createPair(pairId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _pairLocalService.createPersistedModel(primaryKeyObj);
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
	@Override
	public org.nastavnik.liferay.model.Pair deletePair(long pairId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _pairLocalService.deletePair(pairId);
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
	@Override
	public org.nastavnik.liferay.model.Pair deletePair(
		org.nastavnik.liferay.model.Pair pair) {

		return _pairLocalService.deletePair(pair);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _pairLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _pairLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _pairLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _pairLocalService.dynamicQuery();
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

		return _pairLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _pairLocalService.dynamicQuery(dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _pairLocalService.dynamicQuery(
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

		return _pairLocalService.dynamicQueryCount(dynamicQuery);
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

		return _pairLocalService.dynamicQueryCount(dynamicQuery, projection);
	}

	@Override
	public org.nastavnik.liferay.model.Pair fetchPair(long pairId) {
		return _pairLocalService.fetchPair(pairId);
	}

	/**
	 * Returns the pair matching the UUID and group.
	 *
	 * @param uuid the pair's UUID
	 * @param groupId the primary key of the group
	 * @return the matching pair, or <code>null</code> if a matching pair could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.Pair fetchPairByUuidAndGroupId(
		String uuid, long groupId) {

		return _pairLocalService.fetchPairByUuidAndGroupId(uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _pairLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _pairLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _pairLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _pairLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * Returns the pair with the primary key.
	 *
	 * @param pairId the primary key of the pair
	 * @return the pair
	 * @throws PortalException if a pair with the primary key could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.Pair getPair(long pairId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _pairLocalService.getPair(pairId);
	}

	/**
	 * Returns the pair matching the UUID and group.
	 *
	 * @param uuid the pair's UUID
	 * @param groupId the primary key of the group
	 * @return the matching pair
	 * @throws PortalException if a matching pair could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.Pair getPairByUuidAndGroupId(
			String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _pairLocalService.getPairByUuidAndGroupId(uuid, groupId);
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
	@Override
	public java.util.List<org.nastavnik.liferay.model.Pair> getPairs(
		int start, int end) {

		return _pairLocalService.getPairs(start, end);
	}

	/**
	 * Returns all the pairs matching the UUID and company.
	 *
	 * @param uuid the UUID of the pairs
	 * @param companyId the primary key of the company
	 * @return the matching pairs, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.Pair>
		getPairsByUuidAndCompanyId(String uuid, long companyId) {

		return _pairLocalService.getPairsByUuidAndCompanyId(uuid, companyId);
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
	@Override
	public java.util.List<org.nastavnik.liferay.model.Pair>
		getPairsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<org.nastavnik.liferay.model.Pair> orderByComparator) {

		return _pairLocalService.getPairsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of pairs.
	 *
	 * @return the number of pairs
	 */
	@Override
	public int getPairsCount() {
		return _pairLocalService.getPairsCount();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _pairLocalService.getPersistedModel(primaryKeyObj);
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
	@Override
	public org.nastavnik.liferay.model.Pair updatePair(
		org.nastavnik.liferay.model.Pair pair) {

		return _pairLocalService.updatePair(pair);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _pairLocalService.getBasePersistence();
	}

	@Override
	public PairLocalService getWrappedService() {
		return _pairLocalService;
	}

	@Override
	public void setWrappedService(PairLocalService pairLocalService) {
		_pairLocalService = pairLocalService;
	}

	private PairLocalService _pairLocalService;

}