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
 * This class is a wrapper for {@link ProgramCurator}.
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see ProgramCurator
 * @generated
 */
public class ProgramCuratorWrapper
	extends BaseModelWrapper<ProgramCurator>
	implements ModelWrapper<ProgramCurator>, ProgramCurator {

	public ProgramCuratorWrapper(ProgramCurator programCurator) {
		super(programCurator);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("programCuratorId", getProgramCuratorId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("programId", getProgramId());
		attributes.put("curatorUserId", getCuratorUserId());

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

		Long programCuratorId = (Long)attributes.get("programCuratorId");

		if (programCuratorId != null) {
			setProgramCuratorId(programCuratorId);
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

		Long curatorUserId = (Long)attributes.get("curatorUserId");

		if (curatorUserId != null) {
			setCuratorUserId(curatorUserId);
		}
	}

	@Override
	public ProgramCurator cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this program curator.
	 *
	 * @return the company ID of this program curator
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this program curator.
	 *
	 * @return the create date of this program curator
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the curator user ID of this program curator.
	 *
	 * @return the curator user ID of this program curator
	 */
	@Override
	public long getCuratorUserId() {
		return model.getCuratorUserId();
	}

	/**
	 * Returns the curator user uuid of this program curator.
	 *
	 * @return the curator user uuid of this program curator
	 */
	@Override
	public String getCuratorUserUuid() {
		return model.getCuratorUserUuid();
	}

	/**
	 * Returns the group ID of this program curator.
	 *
	 * @return the group ID of this program curator
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the modified date of this program curator.
	 *
	 * @return the modified date of this program curator
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this program curator.
	 *
	 * @return the mvcc version of this program curator
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this program curator.
	 *
	 * @return the primary key of this program curator
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the program curator ID of this program curator.
	 *
	 * @return the program curator ID of this program curator
	 */
	@Override
	public long getProgramCuratorId() {
		return model.getProgramCuratorId();
	}

	/**
	 * Returns the program ID of this program curator.
	 *
	 * @return the program ID of this program curator
	 */
	@Override
	public long getProgramId() {
		return model.getProgramId();
	}

	/**
	 * Returns the user ID of this program curator.
	 *
	 * @return the user ID of this program curator
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this program curator.
	 *
	 * @return the user name of this program curator
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this program curator.
	 *
	 * @return the user uuid of this program curator
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this program curator.
	 *
	 * @return the uuid of this program curator
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
	 * Sets the company ID of this program curator.
	 *
	 * @param companyId the company ID of this program curator
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this program curator.
	 *
	 * @param createDate the create date of this program curator
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the curator user ID of this program curator.
	 *
	 * @param curatorUserId the curator user ID of this program curator
	 */
	@Override
	public void setCuratorUserId(long curatorUserId) {
		model.setCuratorUserId(curatorUserId);
	}

	/**
	 * Sets the curator user uuid of this program curator.
	 *
	 * @param curatorUserUuid the curator user uuid of this program curator
	 */
	@Override
	public void setCuratorUserUuid(String curatorUserUuid) {
		model.setCuratorUserUuid(curatorUserUuid);
	}

	/**
	 * Sets the group ID of this program curator.
	 *
	 * @param groupId the group ID of this program curator
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the modified date of this program curator.
	 *
	 * @param modifiedDate the modified date of this program curator
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this program curator.
	 *
	 * @param mvccVersion the mvcc version of this program curator
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this program curator.
	 *
	 * @param primaryKey the primary key of this program curator
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the program curator ID of this program curator.
	 *
	 * @param programCuratorId the program curator ID of this program curator
	 */
	@Override
	public void setProgramCuratorId(long programCuratorId) {
		model.setProgramCuratorId(programCuratorId);
	}

	/**
	 * Sets the program ID of this program curator.
	 *
	 * @param programId the program ID of this program curator
	 */
	@Override
	public void setProgramId(long programId) {
		model.setProgramId(programId);
	}

	/**
	 * Sets the user ID of this program curator.
	 *
	 * @param userId the user ID of this program curator
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this program curator.
	 *
	 * @param userName the user name of this program curator
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this program curator.
	 *
	 * @param userUuid the user uuid of this program curator
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this program curator.
	 *
	 * @param uuid the uuid of this program curator
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
	protected ProgramCuratorWrapper wrap(ProgramCurator programCurator) {
		return new ProgramCuratorWrapper(programCurator);
	}

}