/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package org.nastavnik.liferay.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Brian Wing Shun Chan
 */
public class NoSuchProgramException extends NoSuchModelException {

	public NoSuchProgramException() {
	}

	public NoSuchProgramException(String msg) {
		super(msg);
	}

	public NoSuchProgramException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchProgramException(Throwable throwable) {
		super(throwable);
	}

}