package org.nastavnik.embedded.signin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Person;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The page of the embedded runtime at {@code /}: a shell around the UI module's
 * {@code <nastavnik-app>} element for the signed-in person, or a redirect to the sign-in form.
 * It plays the part a portal page with the Nastavnik portlets plays in the portal.
 */
@Component(
	property = {
		"osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)",
		"osgi.http.whiteboard.servlet.name=org.nastavnik.embedded.signin.AppPageServlet",
		"osgi.http.whiteboard.servlet.pattern=/",
		"osgi.http.whiteboard.servlet.pattern=/index.html"
	},
	service = Servlet.class
)
public class AppPageServlet extends HttpServlet {

	/** The base of the REST API the UI calls. */
	public static final String REST_BASE = "/api/v1";

	/** The UI module's entry point. */
	public static final String UI_SCRIPT = "/nastavnik-ui/nastavnik.js";

	/**
	 * @param directory names the signed-in person
	 */
	@Activate
	public AppPageServlet(@Reference Directory directory) {
		_directory = directory;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response)
		throws IOException {

		String contextPath = request.getContextPath();
		String path = request.getRequestURI().substring(contextPath.length());

		// Mapped to "/", this servlet is also the default one: other unknown paths are not pages.
		if (!path.equals("/") && !path.equals("/index.html")) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);

			return;
		}

		Optional<Person> person = SignInSession.userId(request).flatMap(_directory::person);
		Optional<String> csrfToken = SignInSession.csrfToken(request);

		if (person.isEmpty() || csrfToken.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location", contextPath + "/login");

			return;
		}

		Messages messages = Messages.of(request);

		response.setContentType("text/html");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		PageHeaders.addTo(response);

		String escapedContextPath = Html.escape(contextPath);
		String escapedCsrfToken = Html.escape(csrfToken.get());

		StringBuilder sb = new StringBuilder(2048);

		sb.append("<!DOCTYPE html>\n<html lang=\"");
		sb.append(messages.languageTag());
		sb.append("\">\n<head>\n<meta charset=\"utf-8\">\n");
		sb.append(
			"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");

		// An empty icon spares the browser a request for /favicon.ico, which is no page.
		sb.append("<link rel=\"icon\" href=\"data:,\">\n");
		sb.append("<title>");
		sb.append(Html.escape(messages.text("app.title")));
		sb.append("</title>\n<link rel=\"stylesheet\" href=\"");
		sb.append(escapedContextPath);
		sb.append("/assets/bootstrap.min.css\">\n<link rel=\"stylesheet\" href=\"");
		sb.append(escapedContextPath);
		sb.append(LoginServlet.EMBEDDED_STYLESHEET);
		sb.append("\">\n<script src=\"");
		sb.append(escapedContextPath);
		sb.append(UI_SCRIPT);
		sb.append("\" type=\"module\"></script>\n</head>\n<body>\n");
		// The element draws the header itself: name, language switch and sign-out.
		sb.append("<main class=\"container py-3\">\n");
		sb.append("<nastavnik-app csrf-token=\"");
		sb.append(escapedCsrfToken);
		sb.append("\" locale=\"");
		sb.append(messages.languageTag());
		sb.append("\" logout-url=\"");
		sb.append(escapedContextPath);
		sb.append("/logout");
		sb.append("\" rest-base=\"");
		sb.append(escapedContextPath);
		sb.append(REST_BASE);
		sb.append("\"></nastavnik-app>\n<noscript><p class=\"alert alert-warning\">");
		sb.append(Html.escape(messages.text("app.noscript")));
		sb.append("</p></noscript>\n</main>\n</body>\n</html>\n");

		response.getWriter().write(sb.toString());
	}

	private final Directory _directory;

}
