package org.imvo.platform.facility.web;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.imvo.platform.facility.ImportId;
import org.imvo.platform.facility.LocationLists;
import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.CurrentUsers;
import org.imvo.platform.identity.OrganisationAccess;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Access to the facility routes, decided before a handler runs (and before a request body is read):
 * <ul>
 * <li>a route with an {@code {importId}} names an organisation's list, which is that organisation's
 * confidential data: its members read it, its editors write it, the secretariat reads it (recorded)
 * and decides on it — everyone else is refused (routes with {@code {orgId}} are guarded centrally);</li>
 * <li>the registry's corrections (merge, undo, separate) and the registry pages are the secretariat's.</li>
 * </ul>
 * Handlers add what is specific to them; this is the check they cannot forget.
 */
@Configuration(proxyBeanMethods = false)
class FacilityGuard implements HandlerInterceptor, WebMvcConfigurer {

	static final String IMPORT_VARIABLE = "importId";

	/** Registry routes that only the secretariat may use, whatever the method. */
	private static final Pattern SECRETARIAT_ONLY = Pattern
		.compile("^(/registry(/.*)?|/api/v1/facilities/?|/api/v1/facilities/[^/]+/.+|/facilities/[^/]+/.+"
				+ "|(/api/v1)?/imports/[^/]+/rows/[^/]+/separate)$");

	private final LocationLists lists;

	private final OrganisationAccess access;

	private final CurrentUsers currentUsers;

	FacilityGuard(LocationLists lists, OrganisationAccess access, CurrentUsers currentUsers) {
		this.lists = lists;
		this.access = access;
		this.currentUsers = currentUsers;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/api/v1/imports/**", "/imports/**", "/api/v1/facilities", "/api/v1/facilities/**",
					"/facilities/**", "/registry", "/registry/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod)) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
		if (SECRETARIAT_ONLY.matcher(path).matches()) {
			access.requireSecretariat(false);
		}
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables != null && variables.containsKey(IMPORT_VARIABLE)) {
			OrganisationId organisation = lists.organisationOf(ImportId.parse(variables.get(IMPORT_VARIABLE)));
			if (read) {
				access.requireRead(organisation, "location list");
			}
			else {
				requireDecide(organisation);
			}
		}
		return true;
	}

	/** Editors of the organisation, and the secretariat, decide on its lists. */
	CurrentUser requireDecide(OrganisationId organisation) {
		CurrentUser user = currentUsers.require();
		if (user.isSecretariat() || user.belongsTo(organisation) && user.mayEdit()) {
			return user;
		}
		throw new AccessDeniedException("No write access to the lists of organisation " + organisation);
	}

	CurrentUser viewer() {
		return currentUsers.require();
	}

	/** Company editors upload their own organisation's lists. */
	CurrentUser requireUpload(OrganisationId organisation) {
		return access.requireWrite(organisation);
	}

	boolean mayUpload(OrganisationId organisation) {
		return currentUsers.current().map(u -> u.belongsTo(organisation) && u.mayEdit()).orElse(false);
	}

	boolean mayDecide(OrganisationId organisation) {
		return currentUsers.current()
			.map(u -> u.isSecretariat() || u.belongsTo(organisation) && u.mayEdit())
			.orElse(false);
	}

	CurrentUser requireSecretariat() {
		return access.requireSecretariat(false);
	}

}
