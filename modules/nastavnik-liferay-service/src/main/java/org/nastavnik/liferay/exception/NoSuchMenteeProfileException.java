/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package org.nastavnik.liferay.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Brian Wing Shun Chan
 */
public class NoSuchMenteeProfileException extends NoSuchModelException {

	public NoSuchMenteeProfileException() {
	}

	public NoSuchMenteeProfileException(String msg) {
		super(msg);
	}

	public NoSuchMenteeProfileException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchMenteeProfileException(Throwable throwable) {
		super(throwable);
	}

}