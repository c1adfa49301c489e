package org.nastavnik.liferay.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.IOException;
import java.io.PrintWriter;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import javax.servlet.http.HttpServletRequest;

import org.nastavnik.access.AccessControl;
import org.nastavnik.access.Action;
import org.nastavnik.access.Actor;
import org.nastavnik.liferay.web.internal.constants.NastavnikWebConstants;

import org.osgi.service.component.annotations.Reference;

/**
 * A portlet that renders one Nastavnik custom element with its context, inside a wrapper whose id
 * is the portlet namespace. The element talks to the REST API itself; the portlet only tells it
 * where the API is, in which site and language to work and what the user may do.
 *
 * <p>No CSRF token goes into the markup: the UI sends the page's {@code Liferay.authToken} as
 * {@code X-CSRF-Token}, which the REST application's portal session auth verifier checks.</p>
 */
public abstract class BaseNastavnikPortlet extends MVCPortlet {

	@Override
	public void doView(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws IOException, PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		StringBuilder sb = new StringBuilder();

		sb.append("<div class=\"nastavnik-portlet\" id=\"");
		sb.append(HtmlUtil.escapeAttribute(renderResponse.getNamespace()));
		sb.append("\">");

		if (_claimScript(renderRequest)) {
			sb.append("<script src=\"");
			sb.append(
				HtmlUtil.escapeAttribute(
					portal.getPathContext() +
						NastavnikWebConstants.UI_SCRIPT_PATH));
			sb.append("\" type=\"module\"></script>");
		}

		renderContent(renderRequest, renderResponse, themeDisplay, sb);

		sb.append("</div>");

		PrintWriter printWriter = renderResponse.getWriter();

		printWriter.write(sb.toString());
	}

	/**
	 * @param elementName the custom element, e.g. {@code nastavnik-mentor-bank}
	 * @param attributes its attributes; values are escaped here
	 * @param sb where the element is written
	 */
	protected static void appendElement(
		String elementName, Map<String, String> attributes, StringBuilder sb) {

		sb.append('<');
		sb.append(elementName);

		for (Map.Entry<String, String> entry : attributes.entrySet()) {
			sb.append(' ');
			sb.append(entry.getKey());
			sb.append("=\"");
			sb.append(HtmlUtil.escapeAttribute(entry.getValue()));
			sb.append('"');
		}

		sb.append("></");
		sb.append(elementName);
		sb.append('>');
	}

	/**
	 * @return the actions whose names the element receives in {@code permissions} when the user
	 *         holds them; the element uses them to show or hide controls, the REST API checks
	 *         them again
	 */
	protected abstract List<Action> getActions();

	/**
	 * @param renderRequest the request
	 * @param themeDisplay the page's theme display
	 * @return the context every element gets: {@code group-id} (the page's scope group),
	 *         {@code locale}, {@code permissions} and {@code rest-base}, in a sorted map that
	 *         subclasses may add to
	 * @throws PortletException if a subclass cannot read its configuration
	 */
	protected Map<String, String> getElementAttributes(
			RenderRequest renderRequest, ThemeDisplay themeDisplay)
		throws PortletException {

		Map<String, String> attributes = new TreeMap<>();

		// The site the REST calls are scoped to (X-Nastavnik-Group-Id, see GroupScopeFilter).

		if (themeDisplay.getScopeGroupId() > 0) {
			attributes.put(
				"group-id", String.valueOf(themeDisplay.getScopeGroupId()));
		}

		attributes.put("locale", themeDisplay.getLanguageId());
		attributes.put("permissions", _getPermissions(themeDisplay));
		attributes.put(
			"rest-base",
			portal.getPathContext() + NastavnikWebConstants.REST_PATH);

		return attributes;
	}

	/**
	 * @return the custom element this portlet renders
	 */
	protected abstract String getElementName();

	/**
	 * Writes what goes inside the wrapper after the script: by default the element with its
	 * context.
	 *
	 * @param renderRequest the request
	 * @param renderResponse the response
	 * @param themeDisplay the page's theme display
	 * @param sb where the markup is written
	 * @throws PortletException if the context cannot be read
	 */
	protected void renderContent(
			RenderRequest renderRequest, RenderResponse renderResponse,
			ThemeDisplay themeDisplay, StringBuilder sb)
		throws PortletException {

		appendElement(
			getElementName(),
			getElementAttributes(renderRequest, themeDisplay), sb);
	}

	/**
	 * Whether this portlet is the first on the page to render the module script. Several
	 * Nastavnik portlets share one page request, so the original servlet request remembers that
	 * the script is written. A second copy would be harmless (browsers evaluate a module URL once,
	 * and the UI defines each element once) but is noise; a portlet rendered alone (Ajax,
	 * configuration refresh) still gets its own.
	 */
	private boolean _claimScript(RenderRequest renderRequest) {
		HttpServletRequest httpServletRequest =
			portal.getOriginalServletRequest(
				portal.getHttpServletRequest(renderRequest));

		if (httpServletRequest.getAttribute(_SCRIPT_WRITTEN) != null) {
			return false;
		}

		httpServletRequest.setAttribute(_SCRIPT_WRITTEN, Boolean.TRUE);

		return true;
	}

	/**
	 * @return the names of the actions of {@link #getActions()} that the user holds, separated by
	 *         spaces; none for guests, who cannot be an {@link Actor}
	 */
	private String _getPermissions(ThemeDisplay themeDisplay) {
		StringJoiner stringJoiner = new StringJoiner(" ");

		if (!themeDisplay.isSignedIn()) {
			return stringJoiner.toString();
		}

		Actor actor = new Actor(themeDisplay.getUserId());

		for (Action action : getActions()) {
			if (accessControl.isAllowed(actor, action)) {
				stringJoiner.add(action.name());
			}
		}

		return stringJoiner.toString();
	}

	/**
	 * The permissions of the portal site, implemented by nastavnik-liferay-integration. Protected,
	 * not private: DS injects fields of a superclass only when the component class can see them.
	 */
	@Reference
	protected AccessControl accessControl;

	@Reference
	protected Portal portal;

	private static final String _SCRIPT_WRITTEN =
		BaseNastavnikPortlet.class.getName() + "#SCRIPT_WRITTEN";

}
