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
 * This class is a wrapper for {@link Pair}.
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see Pair
 * @generated
 */
public class PairWrapper
	extends BaseModelWrapper<Pair> implements ModelWrapper<Pair>, Pair {

	public PairWrapper(Pair pair) {
		super(pair);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("pairId", getPairId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("programId", getProgramId());
		attributes.put("mentorUserId", getMentorUserId());
		attributes.put("mentorResponse", getMentorResponse());
		attributes.put("status", getStatus());
		attributes.put("statusByUserId", getStatusByUserId());
		attributes.put("statusDate", getStatusDate());
		attributes.put("statusNote", getStatusNote());

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

		Long pairId = (Long)attributes.get("pairId");

		if (pairId != null) {
			setPairId(pairId);
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

		Long programId = (Long)attributes.get("programId");

		if (programId != null) {
			setProgramId(programId);
		}

		Long mentorUserId = (Long)attributes.get("mentorUserId");

		if (mentorUserId != null) {
			setMentorUserId(mentorUserId);
		}

		String mentorResponse = (String)attributes.get("mentorResponse");

		if (mentorResponse != null) {
			setMentorResponse(mentorResponse);
		}

		String status = (String)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		Long statusByUserId = (Long)attributes.get("statusByUserId");

		if (statusByUserId != null) {
			setStatusByUserId(statusByUserId);
		}

		Date statusDate = (Date)attributes.get("statusDate");

		if (statusDate != null) {
			setStatusDate(statusDate);
		}

		String statusNote = (String)attributes.get("statusNote");

		if (statusNote != null) {
			setStatusNote(statusNote);
		}
	}

	@Override
	public Pair cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this pair.
	 *
	 * @return the company ID of this pair
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this pair.
	 *
	 * @return the create date of this pair
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this pair.
	 *
	 * @return the group ID of this pair
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the mentor response of this pair.
	 *
	 * @return the mentor response of this pair
	 */
	@Override
	public String getMentorResponse() {
		return model.getMentorResponse();
	}

	/**
	 * Returns the mentor user ID of this pair.
	 *
	 * @return the mentor user ID of this pair
	 */
	@Override
	public long getMentorUserId() {
		return model.getMentorUserId();
	}

	/**
	 * Returns the mentor user uuid of this pair.
	 *
	 * @return the mentor user uuid of this pair
	 */
	@Override
	public String getMentorUserUuid() {
		return model.getMentorUserUuid();
	}

	/**
	 * Returns the modified date of this pair.
	 *
	 * @return the modified date of this pair
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this pair.
	 *
	 * @return the mvcc version of this pair
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the pair ID of this pair.
	 *
	 * @return the pair ID of this pair
	 */
	@Override
	public long getPairId() {
		return model.getPairId();
	}

	/**
	 * Returns the primary key of this pair.
	 *
	 * @return the primary key of this pair
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the program ID of this pair.
	 *
	 * @return the program ID of this pair
	 */
	@Override
	public long getProgramId() {
		return model.getProgramId();
	}

	/**
	 * Returns the status of this pair.
	 *
	 * @return the status of this pair
	 */
	@Override
	public String getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the status by user ID of this pair.
	 *
	 * @return the status by user ID of this pair
	 */
	@Override
	public long getStatusByUserId() {
		return model.getStatusByUserId();
	}

	/**
	 * Returns the status by user uuid of this pair.
	 *
	 * @return the status by user uuid of this pair
	 */
	@Override
	public String getStatusByUserUuid() {
		return model.getStatusByUserUuid();
	}

	/**
	 * Returns the status date of this pair.
	 *
	 * @return the status date of this pair
	 */
	@Override
	public Date getStatusDate() {
		return model.getStatusDate();
	}

	/**
	 * Returns the status note of this pair.
	 *
	 * @return the status note of this pair
	 */
	@Override
	public String getStatusNote() {
		return model.getStatusNote();
	}

	/**
	 * Returns the user ID of this pair.
	 *
	 * @return the user ID of this pair
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this pair.
	 *
	 * @return the user name of this pair
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this pair.
	 *
	 * @return the user uuid of this pair
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this pair.
	 *
	 * @return the uuid of this pair
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
	 * Sets the company ID of this pair.
	 *
	 * @param companyId the company ID of this pair
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this pair.
	 *
	 * @param createDate the create date of this pair
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this pair.
	 *
	 * @param groupId the group ID of this pair
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the mentor response of this pair.
	 *
	 * @param mentorResponse the mentor response of this pair
	 */
	@Override
	public void setMentorResponse(String mentorResponse) {
		model.setMentorResponse(mentorResponse);
	}

	/**
	 * Sets the mentor user ID of this pair.
	 *
	 * @param mentorUserId the mentor user ID of this pair
	 */
	@Override
	public void setMentorUserId(long mentorUserId) {
		model.setMentorUserId(mentorUserId);
	}

	/**
	 * Sets the mentor user uuid of this pair.
	 *
	 * @param mentorUserUuid the mentor user uuid of this pair
	 */
	@Override
	public void setMentorUserUuid(String mentorUserUuid) {
		model.setMentorUserUuid(mentorUserUuid);
	}

	/**
	 * Sets the modified date of this pair.
	 *
	 * @param modifiedDate the modified date of this pair
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this pair.
	 *
	 * @param mvccVersion the mvcc version of this pair
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the pair ID of this pair.
	 *
	 * @param pairId the pair ID of this pair
	 */
	@Override
	public void setPairId(long pairId) {
		model.setPairId(pairId);
	}

	/**
	 * Sets the primary key of this pair.
	 *
	 * @param primaryKey the primary key of this pair
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the program ID of this pair.
	 *
	 * @param programId the program ID of this pair
	 */
	@Override
	public void setProgramId(long programId) {
		model.setProgramId(programId);
	}

	/**
	 * Sets the status of this pair.
	 *
	 * @param status the status of this pair
	 */
	@Override
	public void setStatus(String status) {
		model.setStatus(status);
	}

	/**
	 * Sets the status by user ID of this pair.
	 *
	 * @param statusByUserId the status by user ID of this pair
	 */
	@Override
	public void setStatusByUserId(long statusByUserId) {
		model.setStatusByUserId(statusByUserId);
	}

	/**
	 * Sets the status by user uuid of this pair.
	 *
	 * @param statusByUserUuid the status by user uuid of this pair
	 */
	@Override
	public void setStatusByUserUuid(String statusByUserUuid) {
		model.setStatusByUserUuid(statusByUserUuid);
	}

	/**
	 * Sets the status date of this pair.
	 *
	 * @param statusDate the status date of this pair
	 */
	@Override
	public void setStatusDate(Date statusDate) {
		model.setStatusDate(statusDate);
	}

	/**
	 * Sets the status note of this pair.
	 *
	 * @param statusNote the status note of this pair
	 */
	@Override
	public void setStatusNote(String statusNote) {
		model.setStatusNote(statusNote);
	}

	/**
	 * Sets the user ID of this pair.
	 *
	 * @param userId the user ID of this pair
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this pair.
	 *
	 * @param userName the user name of this pair
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this pair.
	 *
	 * @param userUuid the user uuid of this pair
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this pair.
	 *
	 * @param uuid the uuid of this pair
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
	protected PairWrapper wrap(Pair pair) {
		return new PairWrapper(pair);
	}

}