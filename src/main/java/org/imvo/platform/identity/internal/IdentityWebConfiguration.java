package org.imvo.platform.identity.internal;

import org.imvo.platform.identity.CurrentUsers;
import org.imvo.platform.identity.OrganisationAccess;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

	private final OrganisationAccess access;

	private final CurrentUsers currentUsers;

	IdentityWebConfiguration(OrganisationAccess access, CurrentUsers currentUsers) {
		this.access = access;
		this.currentUsers = currentUsers;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new OrganisationScopeInterceptor(access, currentUsers));
	}

}
