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
 * This class is a wrapper for {@link MentorStrength}.
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see MentorStrength
 * @generated
 */
public class MentorStrengthWrapper
	extends BaseModelWrapper<MentorStrength>
	implements MentorStrength, ModelWrapper<MentorStrength> {

	public MentorStrengthWrapper(MentorStrength mentorStrength) {
		super(mentorStrength);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("mentorStrengthId", getMentorStrengthId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("mentorProfileId", getMentorProfileId());
		attributes.put("competencyId", getCompetencyId());
		attributes.put("strengthLevel", getStrengthLevel());

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

		Long mentorStrengthId = (Long)attributes.get("mentorStrengthId");

		if (mentorStrengthId != null) {
			setMentorStrengthId(mentorStrengthId);
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

		Long mentorProfileId = (Long)attributes.get("mentorProfileId");

		if (mentorProfileId != null) {
			setMentorProfileId(mentorProfileId);
		}

		Long competencyId = (Long)attributes.get("competencyId");

		if (competencyId != null) {
			setCompetencyId(competencyId);
		}

		Integer strengthLevel = (Integer)attributes.get("strengthLevel");

		if (strengthLevel != null) {
			setStrengthLevel(strengthLevel);
		}
	}

	@Override
	public MentorStrength cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this mentor strength.
	 *
	 * @return the company ID of this mentor strength
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the competency ID of this mentor strength.
	 *
	 * @return the competency ID of this mentor strength
	 */
	@Override
	public long getCompetencyId() {
		return model.getCompetencyId();
	}

	/**
	 * Returns the create date of this mentor strength.
	 *
	 * @return the create date of this mentor strength
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this mentor strength.
	 *
	 * @return the group ID of this mentor strength
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the mentor profile ID of this mentor strength.
	 *
	 * @return the mentor profile ID of this mentor strength
	 */
	@Override
	public long getMentorProfileId() {
		return model.getMentorProfileId();
	}

	/**
	 * Returns the mentor strength ID of this mentor strength.
	 *
	 * @return the mentor strength ID of this mentor strength
	 */
	@Override
	public long getMentorStrengthId() {
		return model.getMentorStrengthId();
	}

	/**
	 * Returns the modified date of this mentor strength.
	 *
	 * @return the modified date of this mentor strength
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this mentor strength.
	 *
	 * @return the mvcc version of this mentor strength
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this mentor strength.
	 *
	 * @return the primary key of this mentor strength
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the strength level of this mentor strength.
	 *
	 * @return the strength level of this mentor strength
	 */
	@Override
	public int getStrengthLevel() {
		return model.getStrengthLevel();
	}

	/**
	 * Returns the user ID of this mentor strength.
	 *
	 * @return the user ID of this mentor strength
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this mentor strength.
	 *
	 * @return the user name of this mentor strength
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this mentor strength.
	 *
	 * @return the user uuid of this mentor strength
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this mentor strength.
	 *
	 * @return the uuid of this mentor strength
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
	 * Sets the company ID of this mentor strength.
	 *
	 * @param companyId the company ID of this mentor strength
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the competency ID of this mentor strength.
	 *
	 * @param competencyId the competency ID of this mentor strength
	 */
	@Override
	public void setCompetencyId(long competencyId) {
		model.setCompetencyId(competencyId);
	}

	/**
	 * Sets the create date of this mentor strength.
	 *
	 * @param createDate the create date of this mentor strength
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this mentor strength.
	 *
	 * @param groupId the group ID of this mentor strength
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the mentor profile ID of this mentor strength.
	 *
	 * @param mentorProfileId the mentor profile ID of this mentor strength
	 */
	@Override
	public void setMentorProfileId(long mentorProfileId) {
		model.setMentorProfileId(mentorProfileId);
	}

	/**
	 * Sets the mentor strength ID of this mentor strength.
	 *
	 * @param mentorStrengthId the mentor strength ID of this mentor strength
	 */
	@Override
	public void setMentorStrengthId(long mentorStrengthId) {
		model.setMentorStrengthId(mentorStrengthId);
	}

	/**
	 * Sets the modified date of this mentor strength.
	 *
	 * @param modifiedDate the modified date of this mentor strength
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this mentor strength.
	 *
	 * @param mvccVersion the mvcc version of this mentor strength
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this mentor strength.
	 *
	 * @param primaryKey the primary key of this mentor strength
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the strength level of this mentor strength.
	 *
	 * @param strengthLevel the strength level of this mentor strength
	 */
	@Override
	public void setStrengthLevel(int strengthLevel) {
		model.setStrengthLevel(strengthLevel);
	}

	/**
	 * Sets the user ID of this mentor strength.
	 *
	 * @param userId the user ID of this mentor strength
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this mentor strength.
	 *
	 * @param userName the user name of this mentor strength
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this mentor strength.
	 *
	 * @param userUuid the user uuid of this mentor strength
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this mentor strength.
	 *
	 * @param uuid the uuid of this mentor strength
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
	protected MentorStrengthWrapper wrap(MentorStrength mentorStrength) {
		return new MentorStrengthWrapper(mentorStrength);
	}

}