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

import org.nastavnik.liferay.model.MenteeProfile;

/**
 * The cache model class for representing MenteeProfile in entity cache.
 *
 * @author Brian Wing Shun Chan
 * @generated
 */
public class MenteeProfileCacheModel
	implements CacheModel<MenteeProfile>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof MenteeProfileCacheModel)) {
			return false;
		}

		MenteeProfileCacheModel menteeProfileCacheModel =
			(MenteeProfileCacheModel)object;

		if ((menteeProfileId == menteeProfileCacheModel.menteeProfileId) &&
			(mvccVersion == menteeProfileCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, menteeProfileId);

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
		sb.append(", menteeProfileId=");
		sb.append(menteeProfileId);
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
		sb.append(", category=");
		sb.append(category);
		sb.append(", yearsOfExperience=");
		sb.append(yearsOfExperience);
		sb.append(", organizationId=");
		sb.append(organizationId);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public MenteeProfile toEntityModel() {
		MenteeProfileImpl menteeProfileImpl = new MenteeProfileImpl();

		menteeProfileImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			menteeProfileImpl.setUuid("");
		}
		else {
			menteeProfileImpl.setUuid(uuid);
		}

		menteeProfileImpl.setMenteeProfileId(menteeProfileId);
		menteeProfileImpl.setGroupId(groupId);
		menteeProfileImpl.setCompanyId(companyId);
		menteeProfileImpl.setUserId(userId);

		if (userName == null) {
			menteeProfileImpl.setUserName("");
		}
		else {
			menteeProfileImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			menteeProfileImpl.setCreateDate(null);
		}
		else {
			menteeProfileImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			menteeProfileImpl.setModifiedDate(null);
		}
		else {
			menteeProfileImpl.setModifiedDate(new Date(modifiedDate));
		}

		if (category == null) {
			menteeProfileImpl.setCategory("");
		}
		else {
			menteeProfileImpl.setCategory(category);
		}

		menteeProfileImpl.setYearsOfExperience(yearsOfExperience);
		menteeProfileImpl.setOrganizationId(organizationId);

		menteeProfileImpl.resetOriginalValues();

		return menteeProfileImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		menteeProfileId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();
		category = objectInput.readUTF();

		yearsOfExperience = objectInput.readInt();

		organizationId = objectInput.readLong();
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

		objectOutput.writeLong(menteeProfileId);

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

		if (category == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(category);
		}

		objectOutput.writeInt(yearsOfExperience);

		objectOutput.writeLong(organizationId);
	}

	public long mvccVersion;
	public String uuid;
	public long menteeProfileId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public String category;
	public int yearsOfExperience;
	public long organizationId;

}