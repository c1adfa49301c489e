package org.nastavnik.embedded.signin;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.nastavnik.directory.Person;
import org.nastavnik.embedded.directory.Accounts;
import org.nastavnik.embedded.directory.SignInHint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The sign-in form of the embedded runtime at {@code /login}, and {@code /logout}.
 *
 * <p>A successful sign-in starts a new session holding the person's user ID and a fresh CSRF
 * token. The form itself carries a token that must equal a cookie set with it (double submit),
 * so another site cannot sign a browser in to an account of its choosing.</p>
 */
@Component(
	property = {
		"osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)",
		"osgi.http.whiteboard.servlet.name=org.nastavnik.embedded.signin.LoginServlet",
		"osgi.http.whiteboard.servlet.pattern=/login",
		"osgi.http.whiteboard.servlet.pattern=/logout"
	},
	service = Servlet.class
)
public class LoginServlet extends HttpServlet {

	/** Our adjustments to Bootstrap (contrast), served beside it. */
	public static final String EMBEDDED_STYLESHEET = "/assets/nastavnik-embedded.css";

	/** The password of every account in the built-in demo directory. */
	public static final String DEMO_PASSWORD = "demo";

	/** The cookie that pairs with the form's {@code loginToken} field. */
	public static final String LOGIN_TOKEN_COOKIE = "nastavnik_login_token";

	/**
	 * @param accounts checks passwords and lists demo accounts
	 */
	@Activate
	public LoginServlet(@Reference Accounts accounts) {
		_accounts = accounts;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response)
		throws IOException {

		if (_isLogout(request)) {
			response.setHeader("Allow", "POST");
			response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);

			return;
		}

		_render(
			request, response, HttpServletResponse.SC_OK, Optional.empty(), "",
			_safeRedirect(request.getParameter("redirect")).orElse("/"));
	}

	@Override
	protected void doPost(HttpServletRequest request, HttpServletResponse response)
		throws IOException {

		// Before any parameter is read: names and passwords may be Cyrillic.
		request.setCharacterEncoding(StandardCharsets.UTF_8.name());

		if (_isLogout(request)) {
			_logout(request, response);
		}
		else {
			_login(request, response);
		}
	}

	private void _appendDemoHint(StringBuilder sb, Messages messages) {
		if (_accounts.signInHints().isEmpty()) {
			return;
		}

		sb.append("<section aria-labelledby=\"demo-heading\" class=\"alert alert-info mt-4\">\n");
		sb.append("<h2 class=\"h5\" id=\"demo-heading\">");
		sb.append(Html.escape(messages.text("login.demo.heading")));
		sb.append("</h2>\n<p>");
		// The pattern is our own text; only the argument carries markup.
		sb.append(messages.text("login.demo.text", "<code>" + DEMO_PASSWORD + "</code>"));
		sb.append("</p>\n<ul class=\"mb-0\">\n");

		for (SignInHint signInHint : _accounts.signInHints()) {
			sb.append("<li><code>");
			sb.append(Html.escape(signInHint.screenName()));
			sb.append("</code> — ");
			sb.append(Html.escape(signInHint.description(messages.locale())));
			sb.append("</li>\n");
		}

		sb.append("</ul>\n</section>\n");
	}

	private static void _appendHidden(StringBuilder sb, String name, String value) {
		sb.append("<input name=\"");
		sb.append(name);
		sb.append("\" type=\"hidden\" value=\"");
		sb.append(Html.escape(value));
		sb.append("\">\n");
	}

	private static boolean _isLogout(HttpServletRequest request) {
		return "/logout".equals(request.getServletPath());
	}

	private void _login(HttpServletRequest request, HttpServletResponse response)
		throws IOException {

		String screenName = Objects.requireNonNullElse(request.getParameter("screenName"), "");
		String redirect = _safeRedirect(request.getParameter("redirect")).orElse("/");

		if (!_loginTokenMatches(request)) {
			_render(
				request, response, HttpServletResponse.SC_FORBIDDEN, Optional.of("login.expired"),
				screenName, redirect);

			return;
		}

		Optional<Person> person = _accounts.authenticate(
			screenName, Objects.requireNonNullElse(request.getParameter("password"), ""));

		if (person.isEmpty()) {
			_render(
				request, response, HttpServletResponse.SC_UNAUTHORIZED,
				Optional.of("login.failed"), screenName, redirect);

			return;
		}

		SignInSession.start(request, person.get().userId(), _random);

		SameSiteCookies.restrict(response);

		// The form's token has served its purpose.
		response.addHeader("Set-Cookie", _loginTokenCookie(request, "", 0));

		_seeOther(response, request.getContextPath() + redirect);
	}

	private static String _loginTokenCookie(
		HttpServletRequest request, String value, int maxAge) {

		String cookie = LOGIN_TOKEN_COOKIE + "=" + value + "; Path=" + request.getContextPath() +
			"/login; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict";

		return request.isSecure() ? cookie + "; Secure" : cookie;
	}

	private static boolean _loginTokenMatches(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		String loginToken = request.getParameter("loginToken");

		// An empty token would match a cookie emptied by an earlier sign-in.
		if ((cookies == null) || (loginToken == null) || loginToken.isEmpty()) {
			return false;
		}

		for (Cookie cookie : cookies) {
			if (LOGIN_TOKEN_COOKIE.equals(cookie.getName()) &&
				SignInSession.matches(cookie.getValue(), loginToken)) {

				return true;
			}
		}

		return false;
	}

	private void _logout(HttpServletRequest request, HttpServletResponse response)
		throws IOException {

		Optional<String> csrfToken = SignInSession.csrfToken(request);

		if (csrfToken.isPresent()) {
			String sentToken = Objects.requireNonNullElse(
				request.getParameter("csrfToken"),
				Objects.requireNonNullElse(request.getHeader(SignInFilter.CSRF_TOKEN_HEADER), ""));

			if (!SignInSession.matches(csrfToken.get(), sentToken)) {
				Problem.forbidden(
					"csrf.invalid", Messages.of(request)
				).send(
					response
				);

				return;
			}

			HttpSession session = request.getSession(false);

			if (session != null) {
				try {
					session.invalidate();
				}
				catch (IllegalStateException illegalStateException) {
					// Already invalidated by a parallel request: the person is signed out anyway.
				}
			}
		}

		_seeOther(response, request.getContextPath() + "/login");
	}

	private void _render(
			HttpServletRequest request, HttpServletResponse response, int status,
			Optional<String> errorKey, String screenName, String redirect)
		throws IOException {

		Messages messages = Messages.of(request);
		String contextPath = request.getContextPath();
		String loginToken = SignInSession.newToken(_random);

		response.setStatus(status);
		response.setContentType("text/html");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		PageHeaders.addTo(response);
		response.addHeader("Set-Cookie", _loginTokenCookie(request, loginToken, 3600));

		StringBuilder sb = new StringBuilder(4096);

		sb.append("<!DOCTYPE html>\n<html lang=\"");
		sb.append(messages.languageTag());
		sb.append("\">\n<head>\n<meta charset=\"utf-8\">\n");
		sb.append(
			"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");

		// An empty icon spares the browser a request for /favicon.ico, which is no page.
		sb.append("<link rel=\"icon\" href=\"data:,\">\n");
		sb.append("<title>");
		sb.append(Html.escape(messages.text("login.title")));
		sb.append("</title>\n<link rel=\"stylesheet\" href=\"");
		sb.append(Html.escape(contextPath));
		sb.append("/assets/bootstrap.min.css\">\n<link rel=\"stylesheet\" href=\"");
		sb.append(Html.escape(contextPath));
		sb.append(EMBEDDED_STYLESHEET);
		sb.append("\">\n</head>\n<body class=\"bg-light\">\n");
		sb.append("<main class=\"container py-5\">\n<div class=\"row justify-content-center\">\n");
		sb.append("<div class=\"col-sm-10 col-md-7 col-lg-5\">\n");

		String otherLanguage = messages.text("login.switch-language.tag");

		sb.append("<p class=\"text-right\"><a href=\"");
		sb.append(Html.escape(contextPath));
		sb.append("/login?lang=");
		sb.append(otherLanguage);
		sb.append("&amp;redirect=");
		sb.append(Html.escape(URLEncoder.encode(redirect, StandardCharsets.UTF_8)));
		sb.append("\" hreflang=\"");
		sb.append(otherLanguage);
		sb.append("\" lang=\"");
		sb.append(otherLanguage);
		sb.append("\">");
		sb.append(Html.escape(messages.text("login.switch-language")));
		sb.append("</a></p>\n");

		sb.append("<div class=\"card shadow-sm\">\n<div class=\"card-body\">\n");
		sb.append("<h1 class=\"h3 mb-4\">");
		sb.append(Html.escape(messages.text("login.heading")));
		sb.append("</h1>\n");

		String describedBy = "";
		String invalid = "";

		if (errorKey.isPresent()) {
			sb.append("<div class=\"alert alert-danger\" id=\"login-error\" role=\"alert\">");
			sb.append(Html.escape(messages.text(errorKey.get())));
			sb.append("</div>\n");

			describedBy = " aria-describedby=\"login-error\"";
			invalid = " aria-invalid=\"true\"";
		}

		sb.append("<form action=\"");
		sb.append(Html.escape(contextPath));
		sb.append("/login\" method=\"post\">\n");
		_appendHidden(sb, "loginToken", loginToken);
		_appendHidden(sb, "redirect", redirect);
		_appendHidden(sb, "lang", messages.languageTag());
		sb.append("<div class=\"form-group\">\n<label for=\"screenName\">");
		sb.append(Html.escape(messages.text("login.screen-name")));
		sb.append("</label>\n");
		sb.append("<input autocapitalize=\"none\" autocomplete=\"username\" autofocus");
		sb.append(describedBy);
		sb.append(invalid);
		sb.append(" class=\"form-control\" id=\"screenName\" name=\"screenName\" required");
		sb.append(" spellcheck=\"false\" type=\"text\" value=\"");
		sb.append(Html.escape(screenName));
		sb.append("\">\n</div>\n");
		sb.append("<div class=\"form-group\">\n<label for=\"password\">");
		sb.append(Html.escape(messages.text("login.password")));
		sb.append("</label>\n<input autocomplete=\"current-password\"");
		sb.append(describedBy);
		sb.append(invalid);
		sb.append(" class=\"form-control\" id=\"password\" name=\"password\" required");
		sb.append(" type=\"password\">\n</div>\n");
		sb.append("<button class=\"btn btn-primary btn-block\" type=\"submit\">");
		sb.append(Html.escape(messages.text("login.submit")));
		sb.append("</button>\n</form>\n</div>\n</div>\n");

		_appendDemoHint(sb, messages);

		sb.append("</div>\n</div>\n</main>\n</body>\n</html>\n");

		response.getWriter().write(sb.toString());
	}

	/**
	 * @param redirect a path the browser asked to return to
	 * @return the path if it stays on this site, e.g. not {@code //evil.example} or
	 *         {@code https://evil.example}
	 */
	private static Optional<String> _safeRedirect(String redirect) {
		if ((redirect == null) || !redirect.startsWith("/") || redirect.startsWith("//") ||
			redirect.contains("\\") || redirect.chars().anyMatch(c -> (c < 0x20) || (c == 0x7f))) {

			return Optional.empty();
		}

		try {
			URI uri = new URI(redirect);

			if ((uri.getScheme() != null) || (uri.getRawAuthority() != null)) {
				return Optional.empty();
			}
		}
		catch (URISyntaxException uriSyntaxException) {
			return Optional.empty();
		}

		return Optional.of(redirect);
	}

	private static void _seeOther(HttpServletResponse response, String location) {
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", location);
	}

	private final Accounts _accounts;
	private final SecureRandom _random = new SecureRandom();

}
