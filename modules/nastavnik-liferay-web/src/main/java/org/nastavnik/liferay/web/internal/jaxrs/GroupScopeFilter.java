package org.nastavnik.liferay.web.internal.jaxrs;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextThreadLocal;
import com.liferay.portal.kernel.util.ResourceBundleUtil;

import java.security.Principal;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Scopes a call to the REST application ({@code osgi.jaxrs.name=nastavnik}) to the site the
 * widget is on. The widgets render the page's scope group as {@code group-id}, and the UI sends it
 * as {@value #HEADER}; for an authenticated caller who can see that site, this filter pushes a
 * {@link ServiceContext} with the company, the site, the user and the language, so that the stores
 * (StoreScope) keep the site's rows and the access control checks the site's permissions. The
 * response filter pops it again, also after an error.
 *
 * <p>Without the header, or for a caller the portal did not authenticate (the application answers
 * 401 itself), nothing changes: the stores fall back to the global site and the access control to
 * the Guest site. A header that is not a site ID, names no site of the caller's instance or a site
 * the caller cannot see is refused with a localized {@code application/problem+json}.</p>
 *
 * <p>A site is visible to its members and administrators ({@link PermissionChecker#isGroupMember}
 * and {@link PermissionChecker#isGroupAdmin}, which includes company administrators), and the
 * Guest and global sites to every user of the instance: the API would fall back to them anyway.</p>
 */
@Component(
	property = {
		"osgi.jaxrs.application.select=(osgi.jaxrs.name=nastavnik)",
		"osgi.jaxrs.extension=true",
		"osgi.jaxrs.name=nastavnik.liferay.group.scope"
	},
	service = {ContainerRequestFilter.class, ContainerResponseFilter.class}
)
public class GroupScopeFilter
	implements ContainerRequestFilter, ContainerResponseFilter {

	/** The request header with the site's group ID. */
	public static final String HEADER = "X-Nastavnik-Group-Id";

	@Override
	public void filter(ContainerRequestContext containerRequestContext) {
		String value = containerRequestContext.getHeaderString(HEADER);

		if (value == null) {
			return;
		}

		PermissionChecker permissionChecker = _getPermissionChecker(
			containerRequestContext.getSecurityContext());

		if (permissionChecker == null) {
			return;
		}

		Locale locale = _getLocale(
			containerRequestContext.getHeaderString(
				HttpHeaders.ACCEPT_LANGUAGE));

		value = value.trim();

		if (!value.matches("[1-9][0-9]{0,17}")) {
			containerRequestContext.abortWith(
				_problem(
					Response.Status.BAD_REQUEST, "nastavnik-group-id-invalid",
					locale));

			return;
		}

		Group group = _groupLocalService.fetchGroup(Long.parseLong(value));

		// Another instance's site answers like a missing one: its existence is not ours to tell.

		if ((group == null) ||
			(group.getCompanyId() != permissionChecker.getCompanyId())) {

			containerRequestContext.abortWith(
				_problem(
					Response.Status.BAD_REQUEST, "nastavnik-group-id-unknown",
					locale));

			return;
		}

		if (!_isVisible(group, permissionChecker)) {
			containerRequestContext.abortWith(
				_problem(
					Response.Status.FORBIDDEN, "nastavnik-group-id-forbidden",
					locale));

			return;
		}

		ServiceContext serviceContext = new ServiceContext();

		serviceContext.setCompanyId(group.getCompanyId());
		serviceContext.setLanguageId(_getLanguageId(locale));
		serviceContext.setScopeGroupId(group.getGroupId());
		serviceContext.setUserId(permissionChecker.getUserId());

		ServiceContextThreadLocal.pushServiceContext(serviceContext);

		containerRequestContext.setProperty(_PUSHED, Boolean.TRUE);
	}

	@Override
	public void filter(
		ContainerRequestContext containerRequestContext,
		ContainerResponseContext containerResponseContext) {

		// Response filters also run for aborted requests and for exceptions the application maps.

		if (containerRequestContext.getProperty(_PUSHED) == null) {
			return;
		}

		containerRequestContext.removeProperty(_PUSHED);

		ServiceContextThreadLocal.popServiceContext();
	}

	private static String _escapeJSON(String text) {
		StringBuilder sb = new StringBuilder(text.length() + 2);

		sb.append('"');

		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);

			if ((c == '"') || (c == '\\')) {
				sb.append('\\');
				sb.append(c);
			}
			else if (c < 0x20) {
				sb.append(String.format("\\u%04x", (int)c));
			}
			else {
				sb.append(c);
			}
		}

		sb.append('"');

		return sb.toString();
	}

	private static String _getLanguageId(Locale locale) {
		if (locale.equals(Locale.ENGLISH)) {
			return "en_US";
		}

		return "ru_RU";
	}

	/**
	 * @return Russian or English, as {@code Accept-Language} prefers, Russian when it names
	 *         neither (as the REST application answers)
	 */
	private static Locale _getLocale(String acceptLanguage) {
		if ((acceptLanguage == null) || acceptLanguage.isBlank()) {
			return _RUSSIAN;
		}

		try {
			Locale locale = Locale.lookup(
				Locale.LanguageRange.parse(acceptLanguage), _LOCALES);

			if (locale != null) {
				return locale;
			}
		}
		catch (IllegalArgumentException illegalArgumentException) {

			// A malformed header is no reason to fail the request

		}

		return _RUSSIAN;
	}

	/**
	 * @return the checker of the user the portal authenticated, or {@code null} for a guest or
	 *         when the principal and the request's checker disagree
	 */
	private static PermissionChecker _getPermissionChecker(
		SecurityContext securityContext) {

		Principal principal = (securityContext == null) ? null :
			securityContext.getUserPrincipal();

		if ((principal == null) || (principal.getName() == null) ||
			!principal.getName().matches("[1-9][0-9]{0,17}")) {

			return null;
		}

		PermissionChecker permissionChecker =
			PermissionThreadLocal.getPermissionChecker();

		if ((permissionChecker == null) || !permissionChecker.isSignedIn() ||
			(permissionChecker.getUserId() != Long.parseLong(
				principal.getName()))) {

			return null;
		}

		return permissionChecker;
	}

	private static boolean _isVisible(
		Group group, PermissionChecker permissionChecker) {

		if (group.isGuest() || group.isCompany()) {
			return true;
		}

		// Membership belongs to the site, not to its staging copy or a page's scope.

		long siteGroupId = group.getGroupId();

		if (group.isStagingGroup()) {
			siteGroupId = group.getLiveGroupId();
		}
		else if (group.isLayout()) {
			siteGroupId = group.getParentGroupId();
		}

		if (permissionChecker.isGroupMember(siteGroupId) ||
			permissionChecker.isGroupAdmin(siteGroupId)) {

			return true;
		}

		return false;
	}

	private Response _problem(
		Response.Status status, String key, Locale locale) {

		ResourceBundle resourceBundle = ResourceBundleUtil.getBundle(
			"content.Language", locale, getClass());

		String detail = ResourceBundleUtil.getString(resourceBundle, key);

		String json =
			"{\"type\":" + _escapeJSON("urn:nastavnik:problem:" + key) +
				",\"title\":" + _escapeJSON(status.getReasonPhrase()) +
					",\"status\":" + status.getStatusCode() + ",\"detail\":" +
						_escapeJSON(detail) + ",\"code\":" + _escapeJSON(key) +
							"}";

		return Response.status(
			status
		).type(
			_PROBLEM_JSON
		).header(
			HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag()
		).entity(
			json
		).build();
	}

	private static final List<Locale> _LOCALES = List.of(
		Locale.forLanguageTag("ru"), Locale.ENGLISH);

	private static final String _PROBLEM_JSON = "application/problem+json";

	private static final String _PUSHED =
		GroupScopeFilter.class.getName() + "#PUSHED";

	private static final Locale _RUSSIAN = Locale.forLanguageTag("ru");

	@Reference
	private GroupLocalService _groupLocalService;

}
