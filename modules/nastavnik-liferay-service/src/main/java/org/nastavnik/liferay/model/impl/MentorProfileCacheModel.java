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

import org.nastavnik.liferay.model.MentorProfile;

/**
 * The cache model class for representing MentorProfile in entity cache.
 *
 * @author Brian Wing Shun Chan
 * @generated
 */
public class MentorProfileCacheModel
	implements CacheModel<MentorProfile>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof MentorProfileCacheModel)) {
			return false;
		}

		MentorProfileCacheModel mentorProfileCacheModel =
			(MentorProfileCacheModel)object;

		if ((mentorProfileId == mentorProfileCacheModel.mentorProfileId) &&
			(mvccVersion == mentorProfileCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, mentorProfileId);

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
		StringBundler sb = new StringBundler(27);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", mentorProfileId=");
		sb.append(mentorProfileId);
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
		sb.append(", capacity=");
		sb.append(capacity);
		sb.append(", reservedSlots=");
		sb.append(reservedSlots);
		sb.append(", formats=");
		sb.append(formats);
		sb.append(", bio=");
		sb.append(bio);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public MentorProfile toEntityModel() {
		MentorProfileImpl mentorProfileImpl = new MentorProfileImpl();

		mentorProfileImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			mentorProfileImpl.setUuid("");
		}
		else {
			mentorProfileImpl.setUuid(uuid);
		}

		mentorProfileImpl.setMentorProfileId(mentorProfileId);
		mentorProfileImpl.setGroupId(groupId);
		mentorProfileImpl.setCompanyId(companyId);
		mentorProfileImpl.setUserId(userId);

		if (userName == null) {
			mentorProfileImpl.setUserName("");
		}
		else {
			mentorProfileImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			mentorProfileImpl.setCreateDate(null);
		}
		else {
			mentorProfileImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			mentorProfileImpl.setModifiedDate(null);
		}
		else {
			mentorProfileImpl.setModifiedDate(new Date(modifiedDate));
		}

		mentorProfileImpl.setCapacity(capacity);
		mentorProfileImpl.setReservedSlots(reservedSlots);

		if (formats == null) {
			mentorProfileImpl.setFormats("");
		}
		else {
			mentorProfileImpl.setFormats(formats);
		}

		if (bio == null) {
			mentorProfileImpl.setBio("");
		}
		else {
			mentorProfileImpl.setBio(bio);
		}

		mentorProfileImpl.resetOriginalValues();

		return mentorProfileImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		mentorProfileId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		capacity = objectInput.readInt();

		reservedSlots = objectInput.readInt();
		formats = objectInput.readUTF();
		bio = objectInput.readUTF();
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

		objectOutput.writeLong(mentorProfileId);

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

		objectOutput.writeInt(capacity);

		objectOutput.writeInt(reservedSlots);

		if (formats == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(formats);
		}

		if (bio == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(bio);
		}
	}

	public long mvccVersion;
	public String uuid;
	public long mentorProfileId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public int capacity;
	public int reservedSlots;
	public String formats;
	public String bio;

}