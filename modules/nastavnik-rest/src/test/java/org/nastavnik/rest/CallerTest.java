package org.nastavnik.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.core.HttpHeaders;

import org.junit.jupiter.api.Test;
import org.nastavnik.access.Actor;

class CallerTest {

	@Test
	void isThePersonWhoseIdThePrincipalNames() {
		assertThat(Caller.actor(TestRequests.signedIn(12))).isEqualTo(new Actor(12));
	}

	@Test
	void isTheRemoteUserWhenTheRuntimeGivesNoPrincipal() {
		HttpServletRequest request = mock(HttpServletRequest.class);

		when(request.getRemoteUser()).thenReturn("7");

		assertThat(Caller.actor(request)).isEqualTo(new Actor(7));
	}

	@Test
	void isNobodyWithoutAPrincipalAndChallengesWithoutBasic() {
		assertThatThrownBy(
			() -> Caller.actor(mock(HttpServletRequest.class))
		).isInstanceOfSatisfying(
			NotAuthorizedException.class,
			notAuthorizedException -> assertThat(
				notAuthorizedException.getResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE)
			).isEqualTo(
				"Session realm=\"Nastavnik\""
			)
		);
	}

	@Test
	void isNobodyWhenThePrincipalIsNotAUserId() {
		HttpServletRequest request = mock(HttpServletRequest.class);

		when(request.getUserPrincipal()).thenReturn(() -> "admin");

		assertThat(Caller.find(request)).isEmpty();
	}

}
