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

import org.nastavnik.liferay.model.Pair;

/**
 * The cache model class for representing Pair in entity cache.
 *
 * @author Brian Wing Shun Chan
 * @generated
 */
public class PairCacheModel
	implements CacheModel<Pair>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof PairCacheModel)) {
			return false;
		}

		PairCacheModel pairCacheModel = (PairCacheModel)object;

		if ((pairId == pairCacheModel.pairId) &&
			(mvccVersion == pairCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, pairId);

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
		StringBundler sb = new StringBundler(33);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", pairId=");
		sb.append(pairId);
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
		sb.append(", programId=");
		sb.append(programId);
		sb.append(", mentorUserId=");
		sb.append(mentorUserId);
		sb.append(", mentorResponse=");
		sb.append(mentorResponse);
		sb.append(", status=");
		sb.append(status);
		sb.append(", statusByUserId=");
		sb.append(statusByUserId);
		sb.append(", statusDate=");
		sb.append(statusDate);
		sb.append(", statusNote=");
		sb.append(statusNote);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public Pair toEntityModel() {
		PairImpl pairImpl = new PairImpl();

		pairImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			pairImpl.setUuid("");
		}
		else {
			pairImpl.setUuid(uuid);
		}

		pairImpl.setPairId(pairId);
		pairImpl.setGroupId(groupId);
		pairImpl.setCompanyId(companyId);
		pairImpl.setUserId(userId);

		if (userName == null) {
			pairImpl.setUserName("");
		}
		else {
			pairImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			pairImpl.setCreateDate(null);
		}
		else {
			pairImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			pairImpl.setModifiedDate(null);
		}
		else {
			pairImpl.setModifiedDate(new Date(modifiedDate));
		}

		pairImpl.setProgramId(programId);
		pairImpl.setMentorUserId(mentorUserId);

		if (mentorResponse == null) {
			pairImpl.setMentorResponse("");
		}
		else {
			pairImpl.setMentorResponse(mentorResponse);
		}

		if (status == null) {
			pairImpl.setStatus("");
		}
		else {
			pairImpl.setStatus(status);
		}

		pairImpl.setStatusByUserId(statusByUserId);

		if (statusDate == Long.MIN_VALUE) {
			pairImpl.setStatusDate(null);
		}
		else {
			pairImpl.setStatusDate(new Date(statusDate));
		}

		if (statusNote == null) {
			pairImpl.setStatusNote("");
		}
		else {
			pairImpl.setStatusNote(statusNote);
		}

		pairImpl.resetOriginalValues();

		return pairImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		pairId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		programId = objectInput.readLong();

		mentorUserId = objectInput.readLong();
		mentorResponse = objectInput.readUTF();
		status = objectInput.readUTF();

		statusByUserId = objectInput.readLong();
		statusDate = objectInput.readLong();
		statusNote = objectInput.readUTF();
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

		objectOutput.writeLong(pairId);

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

		objectOutput.writeLong(programId);

		objectOutput.writeLong(mentorUserId);

		if (mentorResponse == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(mentorResponse);
		}

		if (status == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(status);
		}

		objectOutput.writeLong(statusByUserId);
		objectOutput.writeLong(statusDate);

		if (statusNote == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(statusNote);
		}
	}

	public long mvccVersion;
	public String uuid;
	public long pairId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long programId;
	public long mentorUserId;
	public String mentorResponse;
	public String status;
	public long statusByUserId;
	public long statusDate;
	public String statusNote;

}