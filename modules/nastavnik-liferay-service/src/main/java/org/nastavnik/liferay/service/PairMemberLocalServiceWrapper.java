/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link PairMemberLocalService}.
 *
 * @author Brian Wing Shun Chan
 * @see PairMemberLocalService
 * @generated
 */
public class PairMemberLocalServiceWrapper
	implements PairMemberLocalService, ServiceWrapper<PairMemberLocalService> {

	public PairMemberLocalServiceWrapper() {
		this(null);
	}

	public PairMemberLocalServiceWrapper(
		PairMemberLocalService pairMemberLocalService) {

		_pairMemberLocalService = pairMemberLocalService;
	}

	@Override
	public org.nastavnik.liferay.model.PairMember addPairMember(
		long userId, long pairId, long programId, long menteeUserId,
		String response, int openInProgram,
		com.liferay.portal.kernel.service.ServiceContext serviceContext) {

		return _pairMemberLocalService.addPairMember(
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
	@Override
	public org.nastavnik.liferay.model.PairMember addPairMember(
		org.nastavnik.liferay.model.PairMember pairMember) {

		return _pairMemberLocalService.addPairMember(pairMember);
	}

	/**
	 * Creates a new pair member with the primary key. Does not add the pair member to the database.
	 *
	 * @param pairMemberId the primary key for the new pair member
	 * @return the new pair member
	 */
	@Override
	public org.nastavnik.liferay.model.PairMember createPairMember(
		long pairMemberId) {

		return _pairMemberLocalService.createPairMember(pairMemberId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _pairMemberLocalService.createPersistedModel(primaryKeyObj);
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
	@Override
	public org.nastavnik.liferay.model.PairMember deletePairMember(
			long pairMemberId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _pairMemberLocalService.deletePairMember(pairMemberId);
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
	@Override
	public org.nastavnik.liferay.model.PairMember deletePairMember(
		org.nastavnik.liferay.model.PairMember pairMember) {

		return _pairMemberLocalService.deletePairMember(pairMember);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _pairMemberLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _pairMemberLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _pairMemberLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _pairMemberLocalService.dynamicQuery();
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

		return _pairMemberLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _pairMemberLocalService.dynamicQuery(dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _pairMemberLocalService.dynamicQuery(
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

		return _pairMemberLocalService.dynamicQueryCount(dynamicQuery);
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

		return _pairMemberLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.nastavnik.liferay.model.PairMember fetchOpenPairMember(
		long programId, long menteeUserId) {

		return _pairMemberLocalService.fetchOpenPairMember(
			programId, menteeUserId);
	}

	@Override
	public org.nastavnik.liferay.model.PairMember fetchPairMember(
		long pairMemberId) {

		return _pairMemberLocalService.fetchPairMember(pairMemberId);
	}

	@Override
	public org.nastavnik.liferay.model.PairMember fetchPairMember(
		long pairId, long menteeUserId) {

		return _pairMemberLocalService.fetchPairMember(pairId, menteeUserId);
	}

	/**
	 * Returns the pair member matching the UUID and group.
	 *
	 * @param uuid the pair member's UUID
	 * @param groupId the primary key of the group
	 * @return the matching pair member, or <code>null</code> if a matching pair member could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.PairMember
		fetchPairMemberByUuidAndGroupId(String uuid, long groupId) {

		return _pairMemberLocalService.fetchPairMemberByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _pairMemberLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _pairMemberLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _pairMemberLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _pairMemberLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * Returns the pair member with the primary key.
	 *
	 * @param pairMemberId the primary key of the pair member
	 * @return the pair member
	 * @throws PortalException if a pair member with the primary key could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.PairMember getPairMember(
			long pairMemberId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _pairMemberLocalService.getPairMember(pairMemberId);
	}

	/**
	 * Returns the pair member matching the UUID and group.
	 *
	 * @param uuid the pair member's UUID
	 * @param groupId the primary key of the group
	 * @return the matching pair member
	 * @throws PortalException if a matching pair member could not be found
	 */
	@Override
	public org.nastavnik.liferay.model.PairMember getPairMemberByUuidAndGroupId(
			String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _pairMemberLocalService.getPairMemberByUuidAndGroupId(
			uuid, groupId);
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
	@Override
	public java.util.List<org.nastavnik.liferay.model.PairMember>
		getPairMembers(int start, int end) {

		return _pairMemberLocalService.getPairMembers(start, end);
	}

	@Override
	public java.util.List<org.nastavnik.liferay.model.PairMember>
		getPairMembers(long[] pairIds) {

		return _pairMemberLocalService.getPairMembers(pairIds);
	}

	/**
	 * Returns all the pair members matching the UUID and company.
	 *
	 * @param uuid the UUID of the pair members
	 * @param companyId the primary key of the company
	 * @return the matching pair members, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<org.nastavnik.liferay.model.PairMember>
		getPairMembersByUuidAndCompanyId(String uuid, long companyId) {

		return _pairMemberLocalService.getPairMembersByUuidAndCompanyId(
			uuid, companyId);
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
	@Override
	public java.util.List<org.nastavnik.liferay.model.PairMember>
		getPairMembersByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<org.nastavnik.liferay.model.PairMember> orderByComparator) {

		return _pairMemberLocalService.getPairMembersByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of pair members.
	 *
	 * @return the number of pair members
	 */
	@Override
	public int getPairMembersCount() {
		return _pairMemberLocalService.getPairMembersCount();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _pairMemberLocalService.getPersistedModel(primaryKeyObj);
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
	@Override
	public org.nastavnik.liferay.model.PairMember updatePairMember(
		org.nastavnik.liferay.model.PairMember pairMember) {

		return _pairMemberLocalService.updatePairMember(pairMember);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _pairMemberLocalService.getBasePersistence();
	}

	@Override
	public PairMemberLocalService getWrappedService() {
		return _pairMemberLocalService;
	}

	@Override
	public void setWrappedService(
		PairMemberLocalService pairMemberLocalService) {

		_pairMemberLocalService = pairMemberLocalService;
	}

	private PairMemberLocalService _pairMemberLocalService;

}