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

import org.nastavnik.liferay.model.PairMember;

/**
 * The cache model class for representing PairMember in entity cache.
 *
 * @author Brian Wing Shun Chan
 * @generated
 */
public class PairMemberCacheModel
	implements CacheModel<PairMember>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof PairMemberCacheModel)) {
			return false;
		}

		PairMemberCacheModel pairMemberCacheModel =
			(PairMemberCacheModel)object;

		if ((pairMemberId == pairMemberCacheModel.pairMemberId) &&
			(mvccVersion == pairMemberCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, pairMemberId);

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
		sb.append(", pairMemberId=");
		sb.append(pairMemberId);
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
		sb.append(", pairId=");
		sb.append(pairId);
		sb.append(", programId=");
		sb.append(programId);
		sb.append(", menteeUserId=");
		sb.append(menteeUserId);
		sb.append(", response=");
		sb.append(response);
		sb.append(", openInProgram=");
		sb.append(openInProgram);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public PairMember toEntityModel() {
		PairMemberImpl pairMemberImpl = new PairMemberImpl();

		pairMemberImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			pairMemberImpl.setUuid("");
		}
		else {
			pairMemberImpl.setUuid(uuid);
		}

		pairMemberImpl.setPairMemberId(pairMemberId);
		pairMemberImpl.setGroupId(groupId);
		pairMemberImpl.setCompanyId(companyId);
		pairMemberImpl.setUserId(userId);

		if (userName == null) {
			pairMemberImpl.setUserName("");
		}
		else {
			pairMemberImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			pairMemberImpl.setCreateDate(null);
		}
		else {
			pairMemberImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			pairMemberImpl.setModifiedDate(null);
		}
		else {
			pairMemberImpl.setModifiedDate(new Date(modifiedDate));
		}

		pairMemberImpl.setPairId(pairId);
		pairMemberImpl.setProgramId(programId);
		pairMemberImpl.setMenteeUserId(menteeUserId);

		if (response == null) {
			pairMemberImpl.setResponse("");
		}
		else {
			pairMemberImpl.setResponse(response);
		}

		pairMemberImpl.setOpenInProgram(openInProgram);

		pairMemberImpl.resetOriginalValues();

		return pairMemberImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		pairMemberId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		pairId = objectInput.readLong();

		programId = objectInput.readLong();

		menteeUserId = objectInput.readLong();
		response = objectInput.readUTF();

		openInProgram = objectInput.readInt();
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

		objectOutput.writeLong(pairMemberId);

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

		objectOutput.writeLong(pairId);

		objectOutput.writeLong(programId);

		objectOutput.writeLong(menteeUserId);

		if (response == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(response);
		}

		objectOutput.writeInt(openInProgram);
	}

	public long mvccVersion;
	public String uuid;
	public long pairMemberId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long pairId;
	public long programId;
	public long menteeUserId;
	public String response;
	public int openInProgram;

}