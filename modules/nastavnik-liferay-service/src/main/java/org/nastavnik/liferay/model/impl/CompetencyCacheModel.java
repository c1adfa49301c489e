/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import org.nastavnik.liferay.model.Competency;

/**
 * The cache model class for representing Competency in entity cache.
 *
 * @author Brian Wing Shun Chan
 * @generated
 */
public class CompetencyCacheModel
	implements CacheModel<Competency>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof CompetencyCacheModel)) {
			return false;
		}

		CompetencyCacheModel competencyCacheModel =
			(CompetencyCacheModel)object;

		if ((competencyId == competencyCacheModel.competencyId) &&
			(mvccVersion == competencyCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, competencyId);

		return HashUtil.hash(hashCode, mvccVersion);
	}

	@Override
	public long getMvccVersion() {
		return mvccVersion;
	}

	@Override
	public void setMvccVersion(long mvccVersion) {
		this.mvccVersion = mvccVersion;
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(29);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", competencyId=");
		sb.append(competencyId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", userId=");
		sb.append(userId);
		sb.append(", userName=");
		sb.append(userName);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", modifiedDate=");
		sb.append(modifiedDate);
		sb.append(", code=");
		sb.append(code);
		sb.append(", area=");
		sb.append(area);
		sb.append(", nameRu=");
		sb.append(nameRu);
		sb.append(", nameEn=");
		sb.append(nameEn);
		sb.append(", priority=");
		sb.append(priority);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public Competency toEntityModel() {
		CompetencyImpl competencyImpl = new CompetencyImpl();

		competencyImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			competencyImpl.setUuid("");
		}
		else {
			competencyImpl.setUuid(uuid);
		}

		competencyImpl.setCompetencyId(competencyId);
		competencyImpl.setGroupId(groupId);
		competencyImpl.setCompanyId(companyId);
		competencyImpl.setUserId(userId);

		if (userName == null) {
			competencyImpl.setUserName("");
		}
		else {
			competencyImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			competencyImpl.setCreateDate(null);
		}
		else {
			competencyImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			competencyImpl.setModifiedDate(null);
		}
		else {
			competencyImpl.setModifiedDate(new Date(modifiedDate));
		}

		if (code == null) {
			competencyImpl.setCode("");
		}
		else {
			competencyImpl.setCode(code);
		}

		if (area == null) {
			competencyImpl.setArea("");
		}
		else {
			competencyImpl.setArea(area);
		}

		if (nameRu == null) {
			competencyImpl.setNameRu("");
		}
		else {
			competencyImpl.setNameRu(nameRu);
		}

		if (nameEn == null) {
			competencyImpl.setNameEn("");
		}
		else {
			competencyImpl.setNameEn(nameEn);
		}

		competencyImpl.setPriority(priority);

		competencyImpl.resetOriginalValues();

		return competencyImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		competencyId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();
		code = objectInput.readUTF();
		area = objectInput.readUTF();
		nameRu = objectInput.readUTF();
		nameEn = objectInput.readUTF();

		priority = objectInput.readInt();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		if (uuid == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(uuid);
		}

		objectOutput.writeLong(competencyId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(userId);

		if (userName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(userName);
		}

		objectOutput.writeLong(createDate);
		objectOutput.writeLong(modifiedDate);

		if (code == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(code);
		}

		if (area == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(area);
		}

		if (nameRu == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(nameRu);
		}

		if (nameEn == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(nameEn);
		}

		objectOutput.writeInt(priority);
	}

	public long mvccVersion;
	public String uuid;
	public long competencyId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public String code;
	public String area;
	public String nameRu;
	public String nameEn;
	public int priority;

}