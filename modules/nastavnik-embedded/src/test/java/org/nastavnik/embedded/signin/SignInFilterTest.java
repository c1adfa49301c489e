package org.nastavnik.embedded.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Person;
import org.nastavnik.embedded.directory.Accounts;

class SignInFilterTest {

	@BeforeEach
	void setUp() throws IOException {
		when(_response.getWriter()).thenReturn(new PrintWriter(_body));
	}

	@Test
	void aSignedInSessionMakesTheUserIdTheRemoteUser() throws Exception {
		_signedInSession("GET");

		_filter.doFilter(_request, _response, _chain);

		HttpServletRequest passed = _passedRequest();

		assertThat(passed.getRemoteUser()).isEqualTo("11");
		assertThat(passed.getUserPrincipal().getName()).isEqualTo("11");
		assertThat(passed.getAuthType()).isEqualTo(HttpServletRequest.FORM_AUTH);
	}

	@Test
	void basicCredentialsMakeTheUserIdTheRemoteUser() throws Exception {
		when(_request.getHeader("Authorization")).thenReturn(_basic("ivanova.mp:demo"));
		when(_accounts.authenticate("ivanova.mp", "demo")).thenReturn(Optional.of(_IVANOVA));

		_filter.doFilter(_request, _response, _chain);

		HttpServletRequest passed = _passedRequest();

		assertThat(passed.getRemoteUser()).isEqualTo("11");
		assertThat(passed.getUserPrincipal().getName()).isEqualTo("11");
		assertThat(passed.getAuthType()).isEqualTo(HttpServletRequest.BASIC_AUTH);
	}

	@Test
	void basicCredentialsNeedNoCsrfTokenForWrites() throws Exception {
		when(_request.getMethod()).thenReturn("POST");
		when(_request.getHeader("Authorization")).thenReturn(_basic("ivanova.mp:demo"));
		when(_accounts.authenticate("ivanova.mp", "demo")).thenReturn(Optional.of(_IVANOVA));

		_filter.doFilter(_request, _response, _chain);

		assertThat(_passedRequest().getRemoteUser()).isEqualTo("11");
	}

	@Test
	void wrongBasicCredentialsAreAnsweredWith401AndAChallenge() throws Exception {
		when(_request.getHeader("Authorization")).thenReturn(_basic("ivanova.mp:wrong"));
		when(_accounts.authenticate("ivanova.mp", "wrong")).thenReturn(Optional.empty());

		_filter.doFilter(_request, _response, _chain);

		verify(_chain, never()).doFilter(any(), any());
		verify(_response).setStatus(401);
		verify(_response).setHeader(
			"WWW-Authenticate", "Basic realm=\"Nastavnik\", charset=\"UTF-8\"");
		verify(_response).setContentType("application/problem+json");
		assertThat(
			_body.toString()
		).contains(
			"\"status\":401", "\"code\":\"sign-in.failed\"",
			"Неверное имя пользователя или пароль."
		);
	}

	@Test
	void malformedBasicCredentialsAreWrongCredentials() throws Exception {
		when(_request.getHeader("Authorization")).thenReturn("Basic %%%");

		_filter.doFilter(_request, _response, _chain);

		verify(_chain, never()).doFilter(any(), any());
		verify(_response).setStatus(401);
	}

	@Test
	void problemsAreInEnglishWhenTheClientPrefersIt() throws Exception {
		when(_request.getHeader("Accept-Language")).thenReturn("en-GB,en;q=0.9,ru;q=0.5");
		when(_request.getHeader("Authorization")).thenReturn(_basic("ivanova.mp:wrong"));

		_filter.doFilter(_request, _response, _chain);

		assertThat(_body.toString()).contains("The screen name or password is wrong.");
	}

	@Test
	void aRequestWithoutCredentialsGoesOnUnauthenticated() throws Exception {
		when(_request.getMethod()).thenReturn("POST");

		_filter.doFilter(_request, _response, _chain);

		verify(_chain).doFilter(_request, _response);
	}

	@Test
	void aSessionOfAPersonNoLongerInTheDirectoryIsUnauthenticated() throws Exception {
		_signedInSession("GET");

		when(_directory.person(11)).thenReturn(Optional.empty());

		_filter.doFilter(_request, _response, _chain);

		verify(_chain).doFilter(_request, _response);
	}

	@ParameterizedTest
	@ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
	void safeMethodsNeedNoCsrfToken(String method) throws Exception {
		_signedInSession(method);

		_filter.doFilter(_request, _response, _chain);

		assertThat(_passedRequest().getRemoteUser()).isEqualTo("11");
	}

	@ParameterizedTest
	@ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
	void sessionWritesWithoutTheCsrfTokenAreForbidden(String method) throws Exception {
		_signedInSession(method);

		_filter.doFilter(_request, _response, _chain);

		_assertForbidden();
	}

	@Test
	void sessionWritesWithAnotherCsrfTokenAreForbidden() throws Exception {
		_signedInSession("POST");

		when(_request.getHeader("X-CSRF-Token")).thenReturn(_CSRF_TOKEN + "x");

		_filter.doFilter(_request, _response, _chain);

		_assertForbidden();
	}

	@Test
	void sessionWritesWithTheCsrfTokenPass() throws Exception {
		_signedInSession("POST");

		when(_request.getHeader("X-CSRF-Token")).thenReturn(_CSRF_TOKEN);

		_filter.doFilter(_request, _response, _chain);

		assertThat(_passedRequest().getRemoteUser()).isEqualTo("11");
	}

	private void _assertForbidden() throws IOException, ServletException {
		verify(_chain, never()).doFilter(any(), any());
		verify(_response).setStatus(403);
		verify(_response).setContentType("application/problem+json");
		assertThat(
			_body.toString()
		).contains(
			"\"type\":\"urn:nastavnik:problem:csrf.invalid\"", "\"status\":403",
			"CSRF-токена"
		);
	}

	private static String _basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(
			credentials.getBytes(StandardCharsets.UTF_8));
	}

	private HttpServletRequest _passedRequest() throws IOException, ServletException {
		ArgumentCaptor<ServletRequest> captor = ArgumentCaptor.forClass(ServletRequest.class);

		verify(_chain).doFilter(captor.capture(), any());

		return (HttpServletRequest)captor.getValue();
	}

	private void _signedInSession(String method) {
		HttpSession session = mock(HttpSession.class);

		when(_request.getMethod()).thenReturn(method);
		when(_request.getSession(false)).thenReturn(session);
		when(session.getAttribute(SignInSession.USER_ID)).thenReturn(11L);
		when(session.getAttribute(SignInSession.CSRF_TOKEN)).thenReturn(_CSRF_TOKEN);
		when(_directory.person(11)).thenReturn(Optional.of(_IVANOVA));
	}

	private static final String _CSRF_TOKEN = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5";

	private static final Person _IVANOVA = new Person(
		11, "ivanova.mp", "Иванова Мария Петровна", "", "старший воспитатель", List.of(1L));

	private final Accounts _accounts = mock(Accounts.class);
	private final StringWriter _body = new StringWriter();
	private final FilterChain _chain = mock(FilterChain.class);
	private final Directory _directory = mock(Directory.class);
	private final SignInFilter _filter = new SignInFilter(_accounts, _directory);
	private final HttpServletRequest _request = mock(HttpServletRequest.class);
	private final HttpServletResponse _response = mock(HttpServletResponse.class);

}
