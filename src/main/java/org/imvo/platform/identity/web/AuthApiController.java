package org.imvo.platform.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.imvo.platform.identity.internal.ApiTokens;
import org.imvo.platform.identity.internal.LoginThrottledException;
import org.imvo.platform.identity.internal.PlatformUserDetails;
import org.imvo.platform.shared.web.ApiExceptionHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/auth/token}: exchange username and password for a bearer token. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthApiController {

	private final AuthenticationManager authenticationManager;

	private final ApiTokens tokens;

	private final Clock clock;

	AuthApiController(AuthenticationManager authenticationManager, ApiTokens tokens, Clock clock) {
		this.authenticationManager = authenticationManager;
		this.tokens = tokens;
		this.clock = clock;
	}

	record TokenRequest(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 200) String password) {
	}

	record TokenResponse(String token, String tokenType, Instant expiresAt) {
	}

	@PostMapping("/token")
	TokenResponse token(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
		var authentication = UsernamePasswordAuthenticationToken.unauthenticated(body.username(), body.password());
		authentication.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
		var result = authenticationManager.authenticate(authentication);
		var issued = tokens.issue((PlatformUserDetails) result.getPrincipal());
		return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
	}

	@ExceptionHandler(LoginThrottledException.class)
	ResponseEntity<ProblemDetail> throttled(LoginThrottledException ex) {
		long seconds = Math.max(1, clock.instant().until(ex.until(), ChronoUnit.SECONDS));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(ApiExceptionHandler.problem(HttpStatus.TOO_MANY_REQUESTS, "login-throttled", "Too many attempts",
					"Too many failed sign-in attempts for this account or address. Try again in " + (seconds / 60 + 1)
							+ " minutes."));
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail badCredentials(AuthenticationException ex) {
		return ApiExceptionHandler.problem(HttpStatus.UNAUTHORIZED, "bad-credentials", "Sign-in failed",
				"The username or password is wrong, or the account is disabled.");
	}

}
