package org.imvo.platform.identity.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.CurrentUsers;
import org.imvo.platform.identity.OrganisationAccess;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Confidentiality by construction: every route whose path has an {@code {orgId}} variable is an
 * organisation's confidential resource. Before the handler runs (and before its request body is
 * even read) this interceptor lets through only members of that organisation and the secretariat;
 * secretariat reads are recorded by {@link OrganisationAccess}. Handlers add stricter checks (write
 * access, administrator) on top; they cannot forget this one.
 */
public class OrganisationScopeInterceptor implements HandlerInterceptor {

	public static final String VARIABLE = "orgId";

	private final OrganisationAccess access;

	private final CurrentUsers currentUsers;

	public OrganisationScopeInterceptor(OrganisationAccess access, CurrentUsers currentUsers) {
		this.access = access;
		this.currentUsers = currentUsers;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod)) {
			return true;
		}
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables == null || !variables.containsKey(VARIABLE)) {
			return true;
		}
		OrganisationId organisation = OrganisationId.parse(variables.get(VARIABLE));
		if (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())) {
			String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
			access.requireRead(organisation, pattern);
		}
		else {
			CurrentUser user = currentUsers.require();
			if (!user.belongsTo(organisation) && !user.isSecretariat()) {
				throw new AccessDeniedException("Organisation " + organisation + " is not the caller's");
			}
		}
		return true;
	}

}
