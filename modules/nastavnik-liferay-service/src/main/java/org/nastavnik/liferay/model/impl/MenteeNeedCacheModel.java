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

import org.nastavnik.liferay.model.MenteeNeed;

/**
 * The cache model class for representing MenteeNeed in entity cache.
 *
 * @author Brian Wing Shun Chan
 * @generated
 */
public class MenteeNeedCacheModel
	implements CacheModel<MenteeNeed>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof MenteeNeedCacheModel)) {
			return false;
		}

		MenteeNeedCacheModel menteeNeedCacheModel =
			(MenteeNeedCacheModel)object;

		if ((menteeNeedId == menteeNeedCacheModel.menteeNeedId) &&
			(mvccVersion == menteeNeedCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, menteeNeedId);

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
		StringBundler sb = new StringBundler(23);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", menteeNeedId=");
		sb.append(menteeNeedId);
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
		sb.append(", menteeProfileId=");
		sb.append(menteeProfileId);
		sb.append(", competencyId=");
		sb.append(competencyId);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public MenteeNeed toEntityModel() {
		MenteeNeedImpl menteeNeedImpl = new MenteeNeedImpl();

		menteeNeedImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			menteeNeedImpl.setUuid("");
		}
		else {
			menteeNeedImpl.setUuid(uuid);
		}

		menteeNeedImpl.setMenteeNeedId(menteeNeedId);
		menteeNeedImpl.setGroupId(groupId);
		menteeNeedImpl.setCompanyId(companyId);
		menteeNeedImpl.setUserId(userId);

		if (userName == null) {
			menteeNeedImpl.setUserName("");
		}
		else {
			menteeNeedImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			menteeNeedImpl.setCreateDate(null);
		}
		else {
			menteeNeedImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			menteeNeedImpl.setModifiedDate(null);
		}
		else {
			menteeNeedImpl.setModifiedDate(new Date(modifiedDate));
		}

		menteeNeedImpl.setMenteeProfileId(menteeProfileId);
		menteeNeedImpl.setCompetencyId(competencyId);

		menteeNeedImpl.resetOriginalValues();

		return menteeNeedImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		menteeNeedId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		menteeProfileId = objectInput.readLong();

		competencyId = objectInput.readLong();
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

		objectOutput.writeLong(menteeNeedId);

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

		objectOutput.writeLong(menteeProfileId);

		objectOutput.writeLong(competencyId);
	}

	public long mvccVersion;
	public String uuid;
	public long menteeNeedId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long menteeProfileId;
	public long competencyId;

}