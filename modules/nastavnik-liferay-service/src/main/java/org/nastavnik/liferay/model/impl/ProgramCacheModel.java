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

import org.nastavnik.liferay.model.Program;

/**
 * The cache model class for representing Program in entity cache.
 *
 * @author Brian Wing Shun Chan
 * @generated
 */
public class ProgramCacheModel
	implements CacheModel<Program>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ProgramCacheModel)) {
			return false;
		}

		ProgramCacheModel programCacheModel = (ProgramCacheModel)object;

		if ((programId == programCacheModel.programId) &&
			(mvccVersion == programCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, programId);

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
		sb.append(", programId=");
		sb.append(programId);
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
		sb.append(", title=");
		sb.append(title);
		sb.append(", description=");
		sb.append(description);
		sb.append(", startDate=");
		sb.append(startDate);
		sb.append(", endDate=");
		sb.append(endDate);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public Program toEntityModel() {
		ProgramImpl programImpl = new ProgramImpl();

		programImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			programImpl.setUuid("");
		}
		else {
			programImpl.setUuid(uuid);
		}

		programImpl.setProgramId(programId);
		programImpl.setGroupId(groupId);
		programImpl.setCompanyId(companyId);
		programImpl.setUserId(userId);

		if (userName == null) {
			programImpl.setUserName("");
		}
		else {
			programImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			programImpl.setCreateDate(null);
		}
		else {
			programImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			programImpl.setModifiedDate(null);
		}
		else {
			programImpl.setModifiedDate(new Date(modifiedDate));
		}

		if (title == null) {
			programImpl.setTitle("");
		}
		else {
			programImpl.setTitle(title);
		}

		if (description == null) {
			programImpl.setDescription("");
		}
		else {
			programImpl.setDescription(description);
		}

		if (startDate == Long.MIN_VALUE) {
			programImpl.setStartDate(null);
		}
		else {
			programImpl.setStartDate(new Date(startDate));
		}

		if (endDate == Long.MIN_VALUE) {
			programImpl.setEndDate(null);
		}
		else {
			programImpl.setEndDate(new Date(endDate));
		}

		programImpl.resetOriginalValues();

		return programImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		programId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();
		title = objectInput.readUTF();
		description = objectInput.readUTF();
		startDate = objectInput.readLong();
		endDate = objectInput.readLong();
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

		objectOutput.writeLong(programId);

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

		if (title == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(title);
		}

		if (description == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(description);
		}

		objectOutput.writeLong(startDate);
		objectOutput.writeLong(endDate);
	}

	public long mvccVersion;
	public String uuid;
	public long programId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public String title;
	public String description;
	public long startDate;
	public long endDate;

}