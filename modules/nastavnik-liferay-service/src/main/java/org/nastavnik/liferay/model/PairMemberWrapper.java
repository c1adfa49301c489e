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
 * This class is a wrapper for {@link PairMember}.
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see PairMember
 * @generated
 */
public class PairMemberWrapper
	extends BaseModelWrapper<PairMember>
	implements ModelWrapper<PairMember>, PairMember {

	public PairMemberWrapper(PairMember pairMember) {
		super(pairMember);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("pairMemberId", getPairMemberId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("pairId", getPairId());
		attributes.put("programId", getProgramId());
		attributes.put("menteeUserId", getMenteeUserId());
		attributes.put("response", getResponse());
		attributes.put("openInProgram", getOpenInProgram());

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

		Long pairMemberId = (Long)attributes.get("pairMemberId");

		if (pairMemberId != null) {
			setPairMemberId(pairMemberId);
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

		Long pairId = (Long)attributes.get("pairId");

		if (pairId != null) {
			setPairId(pairId);
		}

		Long programId = (Long)attributes.get("programId");

		if (programId != null) {
			setProgramId(programId);
		}

		Long menteeUserId = (Long)attributes.get("menteeUserId");

		if (menteeUserId != null) {
			setMenteeUserId(menteeUserId);
		}

		String response = (String)attributes.get("response");

		if (response != null) {
			setResponse(response);
		}

		Integer openInProgram = (Integer)attributes.get("openInProgram");

		if (openInProgram != null) {
			setOpenInProgram(openInProgram);
		}
	}

	@Override
	public PairMember cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this pair member.
	 *
	 * @return the company ID of this pair member
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this pair member.
	 *
	 * @return the create date of this pair member
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this pair member.
	 *
	 * @return the group ID of this pair member
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the mentee user ID of this pair member.
	 *
	 * @return the mentee user ID of this pair member
	 */
	@Override
	public long getMenteeUserId() {
		return model.getMenteeUserId();
	}

	/**
	 * Returns the mentee user uuid of this pair member.
	 *
	 * @return the mentee user uuid of this pair member
	 */
	@Override
	public String getMenteeUserUuid() {
		return model.getMenteeUserUuid();
	}

	/**
	 * Returns the modified date of this pair member.
	 *
	 * @return the modified date of this pair member
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this pair member.
	 *
	 * @return the mvcc version of this pair member
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the open in program of this pair member.
	 *
	 * @return the open in program of this pair member
	 */
	@Override
	public int getOpenInProgram() {
		return model.getOpenInProgram();
	}

	/**
	 * Returns the pair ID of this pair member.
	 *
	 * @return the pair ID of this pair member
	 */
	@Override
	public long getPairId() {
		return model.getPairId();
	}

	/**
	 * Returns the pair member ID of this pair member.
	 *
	 * @return the pair member ID of this pair member
	 */
	@Override
	public long getPairMemberId() {
		return model.getPairMemberId();
	}

	/**
	 * Returns the primary key of this pair member.
	 *
	 * @return the primary key of this pair member
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the program ID of this pair member.
	 *
	 * @return the program ID of this pair member
	 */
	@Override
	public long getProgramId() {
		return model.getProgramId();
	}

	/**
	 * Returns the response of this pair member.
	 *
	 * @return the response of this pair member
	 */
	@Override
	public String getResponse() {
		return model.getResponse();
	}

	/**
	 * Returns the user ID of this pair member.
	 *
	 * @return the user ID of this pair member
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this pair member.
	 *
	 * @return the user name of this pair member
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this pair member.
	 *
	 * @return the user uuid of this pair member
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this pair member.
	 *
	 * @return the uuid of this pair member
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
	 * Sets the company ID of this pair member.
	 *
	 * @param companyId the company ID of this pair member
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this pair member.
	 *
	 * @param createDate the create date of this pair member
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this pair member.
	 *
	 * @param groupId the group ID of this pair member
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the mentee user ID of this pair member.
	 *
	 * @param menteeUserId the mentee user ID of this pair member
	 */
	@Override
	public void setMenteeUserId(long menteeUserId) {
		model.setMenteeUserId(menteeUserId);
	}

	/**
	 * Sets the mentee user uuid of this pair member.
	 *
	 * @param menteeUserUuid the mentee user uuid of this pair member
	 */
	@Override
	public void setMenteeUserUuid(String menteeUserUuid) {
		model.setMenteeUserUuid(menteeUserUuid);
	}

	/**
	 * Sets the modified date of this pair member.
	 *
	 * @param modifiedDate the modified date of this pair member
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this pair member.
	 *
	 * @param mvccVersion the mvcc version of this pair member
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the open in program of this pair member.
	 *
	 * @param openInProgram the open in program of this pair member
	 */
	@Override
	public void setOpenInProgram(int openInProgram) {
		model.setOpenInProgram(openInProgram);
	}

	/**
	 * Sets the pair ID of this pair member.
	 *
	 * @param pairId the pair ID of this pair member
	 */
	@Override
	public void setPairId(long pairId) {
		model.setPairId(pairId);
	}

	/**
	 * Sets the pair member ID of this pair member.
	 *
	 * @param pairMemberId the pair member ID of this pair member
	 */
	@Override
	public void setPairMemberId(long pairMemberId) {
		model.setPairMemberId(pairMemberId);
	}

	/**
	 * Sets the primary key of this pair member.
	 *
	 * @param primaryKey the primary key of this pair member
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the program ID of this pair member.
	 *
	 * @param programId the program ID of this pair member
	 */
	@Override
	public void setProgramId(long programId) {
		model.setProgramId(programId);
	}

	/**
	 * Sets the response of this pair member.
	 *
	 * @param response the response of this pair member
	 */
	@Override
	public void setResponse(String response) {
		model.setResponse(response);
	}

	/**
	 * Sets the user ID of this pair member.
	 *
	 * @param userId the user ID of this pair member
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this pair member.
	 *
	 * @param userName the user name of this pair member
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this pair member.
	 *
	 * @param userUuid the user uuid of this pair member
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this pair member.
	 *
	 * @param uuid the uuid of this pair member
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
	protected PairMemberWrapper wrap(PairMember pairMember) {
		return new PairMemberWrapper(pairMember);
	}

}