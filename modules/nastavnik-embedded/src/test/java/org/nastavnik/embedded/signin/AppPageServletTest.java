package org.nastavnik.embedded.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Person;

class AppPageServletTest {

	@BeforeEach
	void setUp() throws IOException {
		when(_request.getContextPath()).thenReturn("");
		when(_request.getRequestURI()).thenReturn("/");
		when(_response.getWriter()).thenReturn(new PrintWriter(_body));
	}

	@Test
	void nobodySignedInIsSentToTheSignInForm() throws Exception {
		_servlet.doGet(_request, _response);

		verify(_response).setStatus(303);
		verify(_response).setHeader("Location", "/login");
		assertThat(_body.toString()).isEmpty();
	}

	@Test
	void theSignedInPersonGetsTheAppElementWithTheirCsrfToken() throws Exception {
		_signedIn("a\"b<c");

		_servlet.doGet(_request, _response);

		assertThat(
			_body.toString()
		).contains(
			"<html lang=\"ru\">", "<link rel=\"stylesheet\" href=\"/assets/bootstrap.min.css\">",
			"<link rel=\"stylesheet\" href=\"/assets/nastavnik-embedded.css\">",
			"<script src=\"/nastavnik-ui/nastavnik.js\" type=\"module\"></script>",
			"<nastavnik-app csrf-token=\"a&quot;b&lt;c\" locale=\"ru\" logout-url=\"/logout\" " +
				"rest-base=\"/api/v1\">"
		);
		verify(_response).setHeader("Cache-Control", "no-store");
	}

	@Test
	void thePageIsInTheLanguageTheBrowserPrefers() throws Exception {
		_signedIn("token");

		when(_request.getHeader("Accept-Language")).thenReturn("en-US,en;q=0.8");

		_servlet.doGet(_request, _response);

		assertThat(_body.toString()).contains("<html lang=\"en\">", "locale=\"en\"", "<title>Nastavnik");
	}

	@Test
	void otherPathsAreNotPages() throws Exception {
		when(_request.getRequestURI()).thenReturn("/favicon.ico");

		_servlet.doGet(_request, _response);

		verify(_response).sendError(404);
	}

	private void _signedIn(String csrfToken) {
		HttpSession session = mock(HttpSession.class);

		when(_request.getSession(false)).thenReturn(session);
		when(session.getAttribute(SignInSession.USER_ID)).thenReturn(11L);
		when(session.getAttribute(SignInSession.CSRF_TOKEN)).thenReturn(csrfToken);
		when(_directory.person(11)).thenReturn(
			Optional.of(
				new Person(
					11, "ivanova.mp", "Иванова Мария Петровна", "", "старший воспитатель",
					List.of(1L))));
	}

	private final StringWriter _body = new StringWriter();
	private final Directory _directory = mock(Directory.class);
	private final HttpServletRequest _request = mock(HttpServletRequest.class);
	private final HttpServletResponse _response = mock(HttpServletResponse.class);
	private final AppPageServlet _servlet = new AppPageServlet(_directory);

}
