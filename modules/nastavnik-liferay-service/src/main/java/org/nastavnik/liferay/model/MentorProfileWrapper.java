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
 * This class is a wrapper for {@link MentorProfile}.
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see MentorProfile
 * @generated
 */
public class MentorProfileWrapper
	extends BaseModelWrapper<MentorProfile>
	implements MentorProfile, ModelWrapper<MentorProfile> {

	public MentorProfileWrapper(MentorProfile mentorProfile) {
		super(mentorProfile);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("mentorProfileId", getMentorProfileId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("capacity", getCapacity());
		attributes.put("reservedSlots", getReservedSlots());
		attributes.put("formats", getFormats());
		attributes.put("bio", getBio());

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

		Long mentorProfileId = (Long)attributes.get("mentorProfileId");

		if (mentorProfileId != null) {
			setMentorProfileId(mentorProfileId);
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

		Integer capacity = (Integer)attributes.get("capacity");

		if (capacity != null) {
			setCapacity(capacity);
		}

		Integer reservedSlots = (Integer)attributes.get("reservedSlots");

		if (reservedSlots != null) {
			setReservedSlots(reservedSlots);
		}

		String formats = (String)attributes.get("formats");

		if (formats != null) {
			setFormats(formats);
		}

		String bio = (String)attributes.get("bio");

		if (bio != null) {
			setBio(bio);
		}
	}

	@Override
	public MentorProfile cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the bio of this mentor profile.
	 *
	 * @return the bio of this mentor profile
	 */
	@Override
	public String getBio() {
		return model.getBio();
	}

	/**
	 * Returns the capacity of this mentor profile.
	 *
	 * @return the capacity of this mentor profile
	 */
	@Override
	public int getCapacity() {
		return model.getCapacity();
	}

	/**
	 * Returns the company ID of this mentor profile.
	 *
	 * @return the company ID of this mentor profile
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this mentor profile.
	 *
	 * @return the create date of this mentor profile
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the formats of this mentor profile.
	 *
	 * @return the formats of this mentor profile
	 */
	@Override
	public String getFormats() {
		return model.getFormats();
	}

	/**
	 * Returns the group ID of this mentor profile.
	 *
	 * @return the group ID of this mentor profile
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the mentor profile ID of this mentor profile.
	 *
	 * @return the mentor profile ID of this mentor profile
	 */
	@Override
	public long getMentorProfileId() {
		return model.getMentorProfileId();
	}

	/**
	 * Returns the modified date of this mentor profile.
	 *
	 * @return the modified date of this mentor profile
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this mentor profile.
	 *
	 * @return the mvcc version of this mentor profile
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this mentor profile.
	 *
	 * @return the primary key of this mentor profile
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the reserved slots of this mentor profile.
	 *
	 * @return the reserved slots of this mentor profile
	 */
	@Override
	public int getReservedSlots() {
		return model.getReservedSlots();
	}

	/**
	 * Returns the user ID of this mentor profile.
	 *
	 * @return the user ID of this mentor profile
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this mentor profile.
	 *
	 * @return the user name of this mentor profile
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this mentor profile.
	 *
	 * @return the user uuid of this mentor profile
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this mentor profile.
	 *
	 * @return the uuid of this mentor profile
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
	 * Sets the bio of this mentor profile.
	 *
	 * @param bio the bio of this mentor profile
	 */
	@Override
	public void setBio(String bio) {
		model.setBio(bio);
	}

	/**
	 * Sets the capacity of this mentor profile.
	 *
	 * @param capacity the capacity of this mentor profile
	 */
	@Override
	public void setCapacity(int capacity) {
		model.setCapacity(capacity);
	}

	/**
	 * Sets the company ID of this mentor profile.
	 *
	 * @param companyId the company ID of this mentor profile
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this mentor profile.
	 *
	 * @param createDate the create date of this mentor profile
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the formats of this mentor profile.
	 *
	 * @param formats the formats of this mentor profile
	 */
	@Override
	public void setFormats(String formats) {
		model.setFormats(formats);
	}

	/**
	 * Sets the group ID of this mentor profile.
	 *
	 * @param groupId the group ID of this mentor profile
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the mentor profile ID of this mentor profile.
	 *
	 * @param mentorProfileId the mentor profile ID of this mentor profile
	 */
	@Override
	public void setMentorProfileId(long mentorProfileId) {
		model.setMentorProfileId(mentorProfileId);
	}

	/**
	 * Sets the modified date of this mentor profile.
	 *
	 * @param modifiedDate the modified date of this mentor profile
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this mentor profile.
	 *
	 * @param mvccVersion the mvcc version of this mentor profile
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this mentor profile.
	 *
	 * @param primaryKey the primary key of this mentor profile
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the reserved slots of this mentor profile.
	 *
	 * @param reservedSlots the reserved slots of this mentor profile
	 */
	@Override
	public void setReservedSlots(int reservedSlots) {
		model.setReservedSlots(reservedSlots);
	}

	/**
	 * Sets the user ID of this mentor profile.
	 *
	 * @param userId the user ID of this mentor profile
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this mentor profile.
	 *
	 * @param userName the user name of this mentor profile
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this mentor profile.
	 *
	 * @param userUuid the user uuid of this mentor profile
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this mentor profile.
	 *
	 * @param uuid the uuid of this mentor profile
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
	protected MentorProfileWrapper wrap(MentorProfile mentorProfile) {
		return new MentorProfileWrapper(mentorProfile);
	}

}