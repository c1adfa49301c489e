package org.nastavnik.rest;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import javax.servlet.http.HttpServletRequest;

/**
 * Requests as the runtime hands them to resources.
 */
public final class TestRequests {

	/**
	 * @param userId a user ID
	 * @return a request the runtime authenticated as that person
	 */
	public static HttpServletRequest signedIn(long userId) {
		HttpServletRequest request = mock(HttpServletRequest.class);

		when(request.getUserPrincipal()).thenReturn(() -> String.valueOf(userId));

		return request;
	}

	private TestRequests() {
	}

}
