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
 * This class is a wrapper for {@link Competency}.
 * </p>
 *
 * @author Brian Wing Shun Chan
 * @see Competency
 * @generated
 */
public class CompetencyWrapper
	extends BaseModelWrapper<Competency>
	implements Competency, ModelWrapper<Competency> {

	public CompetencyWrapper(Competency competency) {
		super(competency);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("competencyId", getCompetencyId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("code", getCode());
		attributes.put("area", getArea());
		attributes.put("nameRu", getNameRu());
		attributes.put("nameEn", getNameEn());
		attributes.put("priority", getPriority());

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

		Long competencyId = (Long)attributes.get("competencyId");

		if (competencyId != null) {
			setCompetencyId(competencyId);
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

		String code = (String)attributes.get("code");

		if (code != null) {
			setCode(code);
		}

		String area = (String)attributes.get("area");

		if (area != null) {
			setArea(area);
		}

		String nameRu = (String)attributes.get("nameRu");

		if (nameRu != null) {
			setNameRu(nameRu);
		}

		String nameEn = (String)attributes.get("nameEn");

		if (nameEn != null) {
			setNameEn(nameEn);
		}

		Integer priority = (Integer)attributes.get("priority");

		if (priority != null) {
			setPriority(priority);
		}
	}

	@Override
	public Competency cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the area of this competency.
	 *
	 * @return the area of this competency
	 */
	@Override
	public String getArea() {
		return model.getArea();
	}

	/**
	 * Returns the code of this competency.
	 *
	 * @return the code of this competency
	 */
	@Override
	public String getCode() {
		return model.getCode();
	}

	/**
	 * Returns the company ID of this competency.
	 *
	 * @return the company ID of this competency
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the competency ID of this competency.
	 *
	 * @return the competency ID of this competency
	 */
	@Override
	public long getCompetencyId() {
		return model.getCompetencyId();
	}

	/**
	 * Returns the create date of this competency.
	 *
	 * @return the create date of this competency
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this competency.
	 *
	 * @return the group ID of this competency
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the modified date of this competency.
	 *
	 * @return the modified date of this competency
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this competency.
	 *
	 * @return the mvcc version of this competency
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the name en of this competency.
	 *
	 * @return the name en of this competency
	 */
	@Override
	public String getNameEn() {
		return model.getNameEn();
	}

	/**
	 * Returns the name ru of this competency.
	 *
	 * @return the name ru of this competency
	 */
	@Override
	public String getNameRu() {
		return model.getNameRu();
	}

	/**
	 * Returns the primary key of this competency.
	 *
	 * @return the primary key of this competency
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the priority of this competency.
	 *
	 * @return the priority of this competency
	 */
	@Override
	public int getPriority() {
		return model.getPriority();
	}

	/**
	 * Returns the user ID of this competency.
	 *
	 * @return the user ID of this competency
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this competency.
	 *
	 * @return the user name of this competency
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this competency.
	 *
	 * @return the user uuid of this competency
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this competency.
	 *
	 * @return the uuid of this competency
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
	 * Sets the area of this competency.
	 *
	 * @param area the area of this competency
	 */
	@Override
	public void setArea(String area) {
		model.setArea(area);
	}

	/**
	 * Sets the code of this competency.
	 *
	 * @param code the code of this competency
	 */
	@Override
	public void setCode(String code) {
		model.setCode(code);
	}

	/**
	 * Sets the company ID of this competency.
	 *
	 * @param companyId the company ID of this competency
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the competency ID of this competency.
	 *
	 * @param competencyId the competency ID of this competency
	 */
	@Override
	public void setCompetencyId(long competencyId) {
		model.setCompetencyId(competencyId);
	}

	/**
	 * Sets the create date of this competency.
	 *
	 * @param createDate the create date of this competency
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this competency.
	 *
	 * @param groupId the group ID of this competency
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the modified date of this competency.
	 *
	 * @param modifiedDate the modified date of this competency
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this competency.
	 *
	 * @param mvccVersion the mvcc version of this competency
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the name en of this competency.
	 *
	 * @param nameEn the name en of this competency
	 */
	@Override
	public void setNameEn(String nameEn) {
		model.setNameEn(nameEn);
	}

	/**
	 * Sets the name ru of this competency.
	 *
	 * @param nameRu the name ru of this competency
	 */
	@Override
	public void setNameRu(String nameRu) {
		model.setNameRu(nameRu);
	}

	/**
	 * Sets the primary key of this competency.
	 *
	 * @param primaryKey the primary key of this competency
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the priority of this competency.
	 *
	 * @param priority the priority of this competency
	 */
	@Override
	public void setPriority(int priority) {
		model.setPriority(priority);
	}

	/**
	 * Sets the user ID of this competency.
	 *
	 * @param userId the user ID of this competency
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this competency.
	 *
	 * @param userName the user name of this competency
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this competency.
	 *
	 * @param userUuid the user uuid of this competency
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this competency.
	 *
	 * @param uuid the uuid of this competency
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
	protected CompetencyWrapper wrap(Competency competency) {
		return new CompetencyWrapper(competency);
	}

}