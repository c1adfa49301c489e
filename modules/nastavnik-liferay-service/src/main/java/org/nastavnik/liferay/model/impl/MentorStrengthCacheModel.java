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

import org.nastavnik.liferay.model.MentorStrength;

/**
 * The cache model class for representing MentorStrength in entity cache.
 *
 * @author Brian Wing Shun Chan
 * @generated
 */
public class MentorStrengthCacheModel
	implements CacheModel<MentorStrength>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof MentorStrengthCacheModel)) {
			return false;
		}

		MentorStrengthCacheModel mentorStrengthCacheModel =
			(MentorStrengthCacheModel)object;

		if ((mentorStrengthId == mentorStrengthCacheModel.mentorStrengthId) &&
			(mvccVersion == mentorStrengthCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, mentorStrengthId);

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
		StringBundler sb = new StringBundler(25);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", mentorStrengthId=");
		sb.append(mentorStrengthId);
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
		sb.append(", mentorProfileId=");
		sb.append(mentorProfileId);
		sb.append(", competencyId=");
		sb.append(competencyId);
		sb.append(", strengthLevel=");
		sb.append(strengthLevel);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public MentorStrength toEntityModel() {
		MentorStrengthImpl mentorStrengthImpl = new MentorStrengthImpl();

		mentorStrengthImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			mentorStrengthImpl.setUuid("");
		}
		else {
			mentorStrengthImpl.setUuid(uuid);
		}

		mentorStrengthImpl.setMentorStrengthId(mentorStrengthId);
		mentorStrengthImpl.setGroupId(groupId);
		mentorStrengthImpl.setCompanyId(companyId);
		mentorStrengthImpl.setUserId(userId);

		if (userName == null) {
			mentorStrengthImpl.setUserName("");
		}
		else {
			mentorStrengthImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			mentorStrengthImpl.setCreateDate(null);
		}
		else {
			mentorStrengthImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			mentorStrengthImpl.setModifiedDate(null);
		}
		else {
			mentorStrengthImpl.setModifiedDate(new Date(modifiedDate));
		}

		mentorStrengthImpl.setMentorProfileId(mentorProfileId);
		mentorStrengthImpl.setCompetencyId(competencyId);
		mentorStrengthImpl.setStrengthLevel(strengthLevel);

		mentorStrengthImpl.resetOriginalValues();

		return mentorStrengthImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		mentorStrengthId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		mentorProfileId = objectInput.readLong();

		competencyId = objectInput.readLong();

		strengthLevel = objectInput.readInt();
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

		objectOutput.writeLong(mentorStrengthId);

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

		objectOutput.writeLong(mentorProfileId);

		objectOutput.writeLong(competencyId);

		objectOutput.writeInt(strengthLevel);
	}

	public long mvccVersion;
	public String uuid;
	public long mentorStrengthId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long mentorProfileId;
	public long competencyId;
	public int strengthLevel;

}