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

import org.nastavnik.liferay.model.ProgramCurator;

/**
 * The cache model class for representing ProgramCurator in entity cache.
 *
 * @author Brian Wing Shun Chan
 * @generated
 */
public class ProgramCuratorCacheModel
	implements CacheModel<ProgramCurator>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ProgramCuratorCacheModel)) {
			return false;
		}

		ProgramCuratorCacheModel programCuratorCacheModel =
			(ProgramCuratorCacheModel)object;

		if ((programCuratorId == programCuratorCacheModel.programCuratorId) &&
			(mvccVersion == programCuratorCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, programCuratorId);

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
		sb.append(", programCuratorId=");
		sb.append(programCuratorId);
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
		sb.append(", curatorUserId=");
		sb.append(curatorUserId);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public ProgramCurator toEntityModel() {
		ProgramCuratorImpl programCuratorImpl = new ProgramCuratorImpl();

		programCuratorImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			programCuratorImpl.setUuid("");
		}
		else {
			programCuratorImpl.setUuid(uuid);
		}

		programCuratorImpl.setProgramCuratorId(programCuratorId);
		programCuratorImpl.setGroupId(groupId);
		programCuratorImpl.setCompanyId(companyId);
		programCuratorImpl.setUserId(userId);

		if (userName == null) {
			programCuratorImpl.setUserName("");
		}
		else {
			programCuratorImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			programCuratorImpl.setCreateDate(null);
		}
		else {
			programCuratorImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			programCuratorImpl.setModifiedDate(null);
		}
		else {
			programCuratorImpl.setModifiedDate(new Date(modifiedDate));
		}

		programCuratorImpl.setProgramId(programId);
		programCuratorImpl.setCuratorUserId(curatorUserId);

		programCuratorImpl.resetOriginalValues();

		return programCuratorImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		programCuratorId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		programId = objectInput.readLong();

		curatorUserId = objectInput.readLong();
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

		objectOutput.writeLong(programCuratorId);

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

		objectOutput.writeLong(curatorUserId);
	}

	public long mvccVersion;
	public String uuid;
	public long programCuratorId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long programId;
	public long curatorUserId;

}