package org.nastavnik.embedded.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.nastavnik.directory.Person;
import org.nastavnik.embedded.directory.Accounts;
import org.nastavnik.embedded.directory.SignInHint;

class LoginServletTest {

	@BeforeEach
	void setUp() throws IOException {
		when(_request.getContextPath()).thenReturn("");
		when(_response.getWriter()).thenReturn(new PrintWriter(_body));
	}

	@Test
	void theFormHasLabelledFieldsAndATokenPairedWithACookie() throws Exception {
		when(_request.getServletPath()).thenReturn("/login");

		_servlet.doGet(_request, _response);

		String page = _body.toString();

		verify(_response).setStatus(200);
		assertThat(
			page
		).contains(
			"<html lang=\"ru\">", "<label for=\"screenName\">Имя пользователя</label>",
			"<label for=\"password\">Пароль</label>", "autocomplete=\"current-password\"",
			"class=\"form-control\"", "href=\"/assets/bootstrap.min.css\"",
			"href=\"/assets/nastavnik-embedded.css\""
		);
		assertThat(_loginTokenCookie()).startsWith(_hiddenLoginToken(page) + ";");
		assertThat(_loginTokenCookie()).contains("HttpOnly", "SameSite=Strict", "Path=/login");
	}

	@Test
	void theFormIsInEnglishWhenAskedFor() throws Exception {
		when(_request.getServletPath()).thenReturn("/login");
		when(_request.getParameter("lang")).thenReturn("en");

		_servlet.doGet(_request, _response);

		assertThat(
			_body.toString()
		).contains(
			"<html lang=\"en\">", "<label for=\"screenName\">Screen name</label>",
			"hreflang=\"ru\""
		);
	}

	@Test
	void theBuiltInDemoDirectoryAddsAHintWithItsAccounts() throws Exception {
		when(_request.getServletPath()).thenReturn("/login");
		when(_accounts.signInHints()).thenReturn(
			List.of(new SignInHint("curator", "куратор программы", "program curator")));

		_servlet.doGet(_request, _response);

		assertThat(
			_body.toString()
		).contains(
			"Демонстрационный режим", "<code>demo</code>",
			"<li><code>curator</code> — куратор программы</li>"
		);
	}

	@Test
	void withoutDemoAccountsThereIsNoHint() throws Exception {
		when(_request.getServletPath()).thenReturn("/login");

		_servlet.doGet(_request, _response);

		assertThat(_body.toString()).doesNotContain("Демонстрационный режим", "demo");
	}

	@Test
	void aSignInStartsANewSessionWithACsrfTokenAndRedirectsHome() throws Exception {
		HttpSession oldSession = mock(HttpSession.class);
		HttpSession newSession = mock(HttpSession.class);

		_postLogin("ivanova.mp", "demo");

		when(_accounts.authenticate("ivanova.mp", "demo")).thenReturn(Optional.of(_IVANOVA));
		when(_request.getSession(false)).thenReturn(oldSession);
		when(_request.getSession(true)).thenReturn(newSession);
		when(_response.getHeaders("Set-Cookie")).thenReturn(
			List.of("JSESSIONID=node01abc; Path=/"));

		_servlet.doPost(_request, _response);

		InOrder inOrder = inOrder(oldSession, _request, newSession);

		inOrder.verify(oldSession).invalidate();
		inOrder.verify(_request).getSession(true);
		inOrder.verify(_request).changeSessionId();
		inOrder.verify(newSession).setAttribute(SignInSession.USER_ID, 11L);

		ArgumentCaptor<Object> csrfToken = ArgumentCaptor.forClass(Object.class);

		verify(newSession).setAttribute(eq(SignInSession.CSRF_TOKEN), csrfToken.capture());

		assertThat((String)csrfToken.getValue()).matches("[A-Za-z0-9_-]{43}");

		verify(_response).setStatus(303);
		verify(_response).setHeader("Location", "/");
		verify(_response).setHeader(
			"Set-Cookie", "JSESSIONID=node01abc; Path=/; HttpOnly; SameSite=Lax");
	}

	@Test
	void aSignInReturnsToALocalPage() throws Exception {
		_postLogin("ivanova.mp", "demo");

		when(_request.getParameter("redirect")).thenReturn("/?view=pairs");
		when(_accounts.authenticate("ivanova.mp", "demo")).thenReturn(Optional.of(_IVANOVA));
		when(_request.getSession(true)).thenReturn(mock(HttpSession.class));

		_servlet.doPost(_request, _response);

		verify(_response).setHeader("Location", "/?view=pairs");
	}

	@ParameterizedTest
	@ValueSource(
		strings = {
			"//evil.example", "https://evil.example/", "/\\evil.example", "evil.example",
			"/\r\nSet-Cookie:x=y", "javascript:alert(1)"
		}
	)
	void aSignInNeverRedirectsElsewhere(String redirect) throws Exception {
		_postLogin("ivanova.mp", "demo");

		when(_request.getParameter("redirect")).thenReturn(redirect);
		when(_accounts.authenticate("ivanova.mp", "demo")).thenReturn(Optional.of(_IVANOVA));
		when(_request.getSession(true)).thenReturn(mock(HttpSession.class));

		_servlet.doPost(_request, _response);

		verify(_response).setHeader("Location", "/");
	}

	@Test
	void aFailedSignInShowsTheFormAgainWith401AndNoSession() throws Exception {
		_postLogin("ivanova.mp", "wrong<password>");

		when(_accounts.authenticate("ivanova.mp", "wrong<password>")).thenReturn(Optional.empty());

		_servlet.doPost(_request, _response);

		String page = _body.toString();

		verify(_response).setStatus(401);
		verify(_request, never()).getSession(true);
		assertThat(
			page
		).contains(
			"role=\"alert\"", "Неверное имя пользователя или пароль.",
			"value=\"ivanova.mp\"", "aria-invalid=\"true\""
		);
		assertThat(page).doesNotContain("wrong");
	}

	@Test
	void aSignInWithoutTheFormsTokenIsRefused() throws Exception {
		when(_request.getServletPath()).thenReturn("/login");
		when(_request.getParameter("screenName")).thenReturn("ivanova.mp");
		when(_request.getParameter("password")).thenReturn("demo");
		when(_request.getParameter("loginToken")).thenReturn("planted-by-another-site");

		_servlet.doPost(_request, _response);

		verify(_response).setStatus(403);
		verify(_accounts, never()).authenticate(anyString(), anyString());
		verify(_request, never()).getSession(true);
	}

	@Test
	void anEmptyFormTokenNeverMatchesAnEmptiedCookie() throws Exception {
		_postLogin("ivanova.mp", "demo");

		when(_request.getParameter("loginToken")).thenReturn("");
		when(_request.getCookies()).thenReturn(
			new Cookie[] {new Cookie(LoginServlet.LOGIN_TOKEN_COOKIE, "")});

		_servlet.doPost(_request, _response);

		verify(_response).setStatus(403);
		verify(_accounts, never()).authenticate(anyString(), anyString());
	}

	@Test
	void signingOutWithTheCsrfTokenEndsTheSession() throws Exception {
		HttpSession session = _signedInSession();

		when(_request.getParameter("csrfToken")).thenReturn("token");

		_servlet.doPost(_request, _response);

		verify(session).invalidate();
		verify(_response).setStatus(303);
		verify(_response).setHeader("Location", "/login");
	}

	@Test
	void signingOutWithoutTheCsrfTokenIsForbidden() throws Exception {
		HttpSession session = _signedInSession();

		when(_request.getParameter("csrfToken")).thenReturn("another");

		_servlet.doPost(_request, _response);

		verify(session, never()).invalidate();
		verify(_response).setStatus(403);
		assertThat(_body.toString()).contains("\"code\":\"csrf.invalid\"");
	}

	private static String _hiddenLoginToken(String page) {
		Matcher matcher = Pattern.compile(
			"name=\"loginToken\" type=\"hidden\" value=\"([^\"]+)\""
		).matcher(
			page
		);

		assertThat(matcher.find()).isTrue();

		return matcher.group(1);
	}

	private String _loginTokenCookie() {
		ArgumentCaptor<String> captor = ArgumentCaptor.forClass(String.class);

		verify(_response).addHeader(eq("Set-Cookie"), captor.capture());

		String cookie = captor.getValue();

		assertThat(cookie).startsWith(LoginServlet.LOGIN_TOKEN_COOKIE + "=");

		return cookie.substring(LoginServlet.LOGIN_TOKEN_COOKIE.length() + 1);
	}

	private void _postLogin(String screenName, String password) {
		when(_request.getServletPath()).thenReturn("/login");
		when(_request.getParameter("screenName")).thenReturn(screenName);
		when(_request.getParameter("password")).thenReturn(password);
		when(_request.getParameter("loginToken")).thenReturn("form-token");
		when(_request.getCookies()).thenReturn(
			new Cookie[] {
				new Cookie("JSESSIONID", "node01abc"),
				new Cookie(LoginServlet.LOGIN_TOKEN_COOKIE, "form-token")
			});
	}

	private HttpSession _signedInSession() {
		HttpSession session = mock(HttpSession.class);

		when(_request.getServletPath()).thenReturn("/logout");
		when(_request.getSession(false)).thenReturn(session);
		when(session.getAttribute(SignInSession.USER_ID)).thenReturn(11L);
		when(session.getAttribute(SignInSession.CSRF_TOKEN)).thenReturn("token");

		return session;
	}

	private static final Person _IVANOVA = new Person(
		11, "ivanova.mp", "Иванова Мария Петровна", "", "старший воспитатель", List.of(1L));

	private final Accounts _accounts = mock(Accounts.class);
	private final StringWriter _body = new StringWriter();
	private final HttpServletRequest _request = mock(HttpServletRequest.class);
	private final HttpServletResponse _response = mock(HttpServletResponse.class);
	private final LoginServlet _servlet = new LoginServlet(_accounts);

}
