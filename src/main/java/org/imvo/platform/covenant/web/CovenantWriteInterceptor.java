package org.imvo.platform.covenant.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.imvo.platform.identity.OrganisationAccess;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses every write to covenants by anyone but the secretariat before the request body is read,
 * so that a forbidden caller learns nothing from validation. The one exception is a membership
 * application, which the handler checks itself (a company editor applies for its own organisation).
 * The handlers check again; this is the guard they cannot forget.
 */
@Configuration(proxyBeanMethods = false)
class CovenantWriteInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private static final Pattern APPLICATION = Pattern.compile("^(/api/v1)?/covenants/[^/]+/memberships/?$");

	private final OrganisationAccess access;

	CovenantWriteInterceptor(OrganisationAccess access) {
		this.access = access;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/v1/covenants/**", "/covenants/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String method = request.getMethod();
		if (HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method)) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (HttpMethod.POST.matches(method) && APPLICATION.matcher(path).matches()) {
			return true;
		}
		access.requireSecretariat(false);
		return true;
	}

}
