package org.nastavnik.embedded.signin;

import java.security.Principal;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

/**
 * A request on behalf of a signed-in person: its remote user and principal name are the person's
 * numeric user ID, which is what the REST layer reads.
 */
final class AuthenticatedRequest extends HttpServletRequestWrapper {

	/**
	 * @param request the request
	 * @param userId the signed-in person
	 * @param authType {@link HttpServletRequest#BASIC_AUTH} or {@link HttpServletRequest#FORM_AUTH}
	 */
	AuthenticatedRequest(HttpServletRequest request, long userId, String authType) {
		super(request);

		_principal = new UserIdPrincipal(String.valueOf(userId));
		_authType = authType;
	}

	@Override
	public String getAuthType() {
		return _authType;
	}

	@Override
	public String getRemoteUser() {
		return _principal.getName();
	}

	@Override
	public Principal getUserPrincipal() {
		return _principal;
	}

	private final String _authType;
	private final UserIdPrincipal _principal;

	/**
	 * @param name the user ID in decimal
	 */
	private record UserIdPrincipal(String name) implements Principal {

		@Override
		public String getName() {
			return name;
		}

	}

}
