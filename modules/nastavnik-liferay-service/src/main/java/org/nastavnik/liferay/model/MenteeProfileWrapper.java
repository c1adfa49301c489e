/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.model;

import com.liferay.exportimport.kernel.lar.StagedModelType;
import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link MenteeProfile}.
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see MenteeProfile
 * @generated
 */
public class MenteeProfileWrapper
	extends BaseModelWrapper<MenteeProfile>
	implements MenteeProfile, ModelWrapper<MenteeProfile> {

	public MenteeProfileWrapper(MenteeProfile menteeProfile) {
		super(menteeProfile);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("menteeProfileId", getMenteeProfileId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("category", getCategory());
		attributes.put("yearsOfExperience", getYearsOfExperience());
		attributes.put("organizationId", getOrganizationId());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		String uuid = (String)attributes.get("uuid");

		if (uuid != null) {
			setUuid(uuid);
		}

		Long menteeProfileId = (Long)attributes.get("menteeProfileId");

		if (menteeProfileId != null) {
			setMenteeProfileId(menteeProfileId);
		}

		Long groupId = (Long)attributes.get("groupId");

		if (groupId != null) {
			setGroupId(groupId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long userId = (Long)attributes.get("userId");

		if (userId != null) {
			setUserId(userId);
		}

		String userName = (String)attributes.get("userName");

		if (userName != null) {
			setUserName(userName);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Date modifiedDate = (Date)attributes.get("modifiedDate");

		if (modifiedDate != null) {
			setModifiedDate(modifiedDate);
		}

		String category = (String)attributes.get("category");

		if (category != null) {
			setCategory(category);
		}

		Integer yearsOfExperience = (Integer)attributes.get(
			"yearsOfExperience");

		if (yearsOfExperience != null) {
			setYearsOfExperience(yearsOfExperience);
		}

		Long organizationId = (Long)attributes.get("organizationId");

		if (organizationId != null) {
			setOrganizationId(organizationId);
		}
	}

	@Override
	public MenteeProfile cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the category of this mentee profile.
	 *
	 * @return the category of this mentee profile
	 */
	@Override
	public String getCategory() {
		return model.getCategory();
	}

	/**
	 * Returns the company ID of this mentee profile.
	 *
	 * @return the company ID of this mentee profile
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this mentee profile.
	 *
	 * @return the create date of this mentee profile
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this mentee profile.
	 *
	 * @return the group ID of this mentee profile
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the mentee profile ID of this mentee profile.
	 *
	 * @return the mentee profile ID of this mentee profile
	 */
	@Override
	public long getMenteeProfileId() {
		return model.getMenteeProfileId();
	}

	/**
	 * Returns the modified date of this mentee profile.
	 *
	 * @return the modified date of this mentee profile
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this mentee profile.
	 *
	 * @return the mvcc version of this mentee profile
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the organization ID of this mentee profile.
	 *
	 * @return the organization ID of this mentee profile
	 */
	@Override
	public long getOrganizationId() {
		return model.getOrganizationId();
	}

	/**
	 * Returns the primary key of this mentee profile.
	 *
	 * @return the primary key of this mentee profile
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the user ID of this mentee profile.
	 *
	 * @return the user ID of this mentee profile
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this mentee profile.
	 *
	 * @return the user name of this mentee profile
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this mentee profile.
	 *
	 * @return the user uuid of this mentee profile
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this mentee profile.
	 *
	 * @return the uuid of this mentee profile
	 */
	@Override
	public String getUuid() {
		return model.getUuid();
	}

	/**
	 * Returns the years of experience of this mentee profile.
	 *
	 * @return the years of experience of this mentee profile
	 */
	@Override
	public int getYearsOfExperience() {
		return model.getYearsOfExperience();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the category of this mentee profile.
	 *
	 * @param category the category of this mentee profile
	 */
	@Override
	public void setCategory(String category) {
		model.setCategory(category);
	}

	/**
	 * Sets the company ID of this mentee profile.
	 *
	 * @param companyId the company ID of this mentee profile
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this mentee profile.
	 *
	 * @param createDate the create date of this mentee profile
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this mentee profile.
	 *
	 * @param groupId the group ID of this mentee profile
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the mentee profile ID of this mentee profile.
	 *
	 * @param menteeProfileId the mentee profile ID of this mentee profile
	 */
	@Override
	public void setMenteeProfileId(long menteeProfileId) {
		model.setMenteeProfileId(menteeProfileId);
	}

	/**
	 * Sets the modified date of this mentee profile.
	 *
	 * @param modifiedDate the modified date of this mentee profile
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this mentee profile.
	 *
	 * @param mvccVersion the mvcc version of this mentee profile
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the organization ID of this mentee profile.
	 *
	 * @param organizationId the organization ID of this mentee profile
	 */
	@Override
	public void setOrganizationId(long organizationId) {
		model.setOrganizationId(organizationId);
	}

	/**
	 * Sets the primary key of this mentee profile.
	 *
	 * @param primaryKey the primary key of this mentee profile
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the user ID of this mentee profile.
	 *
	 * @param userId the user ID of this mentee profile
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this mentee profile.
	 *
	 * @param userName the user name of this mentee profile
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this mentee profile.
	 *
	 * @param userUuid the user uuid of this mentee profile
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this mentee profile.
	 *
	 * @param uuid the uuid of this mentee profile
	 */
	@Override
	public void setUuid(String uuid) {
		model.setUuid(uuid);
	}

	/**
	 * Sets the years of experience of this mentee profile.
	 *
	 * @param yearsOfExperience the years of experience of this mentee profile
	 */
	@Override
	public void setYearsOfExperience(int yearsOfExperience) {
		model.setYearsOfExperience(yearsOfExperience);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	public StagedModelType getStagedModelType() {
		return model.getStagedModelType();
	}

	@Override
	protected MenteeProfileWrapper wrap(MenteeProfile menteeProfile) {
		return new MenteeProfileWrapper(menteeProfile);
	}

}