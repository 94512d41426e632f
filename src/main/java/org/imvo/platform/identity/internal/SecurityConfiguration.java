package org.imvo.platform.identity.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the JSON API under {@code /api/**} is stateless and accepts only bearer
 * tokens (so it needs no CSRF protection: browsers never attach a bearer token by themselves); the
 * web UI uses form login with a session in PostgreSQL and CSRF protection on every form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/", "/login", "/setup", "/public/**", "/webjars/**", "/css/**",
			"/js/**", "/img/**", "/favicon.ico", "/error", "/attribution", "/actuator/health", "/actuator/health/**",
			"/v3/api-docs", "/v3/api-docs/**", "/api-docs.html", "/swagger-ui/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		// Argon2id (OWASP's first choice) with Spring Security's current defaults
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

	@Bean
	AuthenticationManager authenticationManager(PlatformUserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		return new ProviderManager(List.of(new ThrottledAuthenticationProvider(dao, throttle)));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, AuthenticationManager authenticationManager)
			throws Exception {
		http.securityMatcher("/api/**")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				.requestMatchers("/api/v1/public/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, ex) -> ProblemResponses.write(response, 401,
						"unauthenticated", "Authentication required",
						"Send 'Authorization: Bearer <token>'; get a token at POST /api/v1/auth/token."))
				.accessDeniedHandler((request, response, ex) -> ProblemResponses.write(response, 403, "forbidden",
						"Forbidden", "You are not allowed to do this.")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("SECRETARIAT")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(loginFailure()).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
						+ "base-uri 'self'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, ex) -> response.sendRedirect(request.getContextPath()
				+ (ex instanceof LoginThrottledException ? "/login?locked" : "/login?error"));
	}

}
