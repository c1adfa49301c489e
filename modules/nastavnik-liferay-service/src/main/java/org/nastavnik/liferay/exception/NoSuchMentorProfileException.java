/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package org.nastavnik.liferay.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Brian Wing Shun Chan
 */
public class NoSuchMentorProfileException extends NoSuchModelException {

	public NoSuchMentorProfileException() {
	}

	public NoSuchMentorProfileException(String msg) {
		super(msg);
	}

	public NoSuchMentorProfileException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchMentorProfileException(Throwable throwable) {
		super(throwable);
	}

}