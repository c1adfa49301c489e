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
 * This class is a wrapper for {@link MenteeNeed}.
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see MenteeNeed
 * @generated
 */
public class MenteeNeedWrapper
	extends BaseModelWrapper<MenteeNeed>
	implements MenteeNeed, ModelWrapper<MenteeNeed> {

	public MenteeNeedWrapper(MenteeNeed menteeNeed) {
		super(menteeNeed);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("menteeNeedId", getMenteeNeedId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("menteeProfileId", getMenteeProfileId());
		attributes.put("competencyId", getCompetencyId());

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

		Long menteeNeedId = (Long)attributes.get("menteeNeedId");

		if (menteeNeedId != null) {
			setMenteeNeedId(menteeNeedId);
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

		Long menteeProfileId = (Long)attributes.get("menteeProfileId");

		if (menteeProfileId != null) {
			setMenteeProfileId(menteeProfileId);
		}

		Long competencyId = (Long)attributes.get("competencyId");

		if (competencyId != null) {
			setCompetencyId(competencyId);
		}
	}

	@Override
	public MenteeNeed cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this mentee need.
	 *
	 * @return the company ID of this mentee need
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the competency ID of this mentee need.
	 *
	 * @return the competency ID of this mentee need
	 */
	@Override
	public long getCompetencyId() {
		return model.getCompetencyId();
	}

	/**
	 * Returns the create date of this mentee need.
	 *
	 * @return the create date of this mentee need
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this mentee need.
	 *
	 * @return the group ID of this mentee need
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the mentee need ID of this mentee need.
	 *
	 * @return the mentee need ID of this mentee need
	 */
	@Override
	public long getMenteeNeedId() {
		return model.getMenteeNeedId();
	}

	/**
	 * Returns the mentee profile ID of this mentee need.
	 *
	 * @return the mentee profile ID of this mentee need
	 */
	@Override
	public long getMenteeProfileId() {
		return model.getMenteeProfileId();
	}

	/**
	 * Returns the modified date of this mentee need.
	 *
	 * @return the modified date of this mentee need
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this mentee need.
	 *
	 * @return the mvcc version of this mentee need
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this mentee need.
	 *
	 * @return the primary key of this mentee need
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the user ID of this mentee need.
	 *
	 * @return the user ID of this mentee need
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this mentee need.
	 *
	 * @return the user name of this mentee need
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this mentee need.
	 *
	 * @return the user uuid of this mentee need
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this mentee need.
	 *
	 * @return the uuid of this mentee need
	 */
	@Override
	public String getUuid() {
		return model.getUuid();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this mentee need.
	 *
	 * @param companyId the company ID of this mentee need
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the competency ID of this mentee need.
	 *
	 * @param competencyId the competency ID of this mentee need
	 */
	@Override
	public void setCompetencyId(long competencyId) {
		model.setCompetencyId(competencyId);
	}

	/**
	 * Sets the create date of this mentee need.
	 *
	 * @param createDate the create date of this mentee need
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this mentee need.
	 *
	 * @param groupId the group ID of this mentee need
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the mentee need ID of this mentee need.
	 *
	 * @param menteeNeedId the mentee need ID of this mentee need
	 */
	@Override
	public void setMenteeNeedId(long menteeNeedId) {
		model.setMenteeNeedId(menteeNeedId);
	}

	/**
	 * Sets the mentee profile ID of this mentee need.
	 *
	 * @param menteeProfileId the mentee profile ID of this mentee need
	 */
	@Override
	public void setMenteeProfileId(long menteeProfileId) {
		model.setMenteeProfileId(menteeProfileId);
	}

	/**
	 * Sets the modified date of this mentee need.
	 *
	 * @param modifiedDate the modified date of this mentee need
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this mentee need.
	 *
	 * @param mvccVersion the mvcc version of this mentee need
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this mentee need.
	 *
	 * @param primaryKey the primary key of this mentee need
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the user ID of this mentee need.
	 *
	 * @param userId the user ID of this mentee need
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this mentee need.
	 *
	 * @param userName the user name of this mentee need
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this mentee need.
	 *
	 * @param userUuid the user uuid of this mentee need
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this mentee need.
	 *
	 * @param uuid the uuid of this mentee need
	 */
	@Override
	public void setUuid(String uuid) {
		model.setUuid(uuid);
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
	protected MenteeNeedWrapper wrap(MenteeNeed menteeNeed) {
		return new MenteeNeedWrapper(menteeNeed);
	}

}