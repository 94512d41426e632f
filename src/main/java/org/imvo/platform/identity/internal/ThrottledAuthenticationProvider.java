package org.imvo.platform.identity.internal;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Username and password authentication behind the {@link LoginThrottle}; used by form login and the token API. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String address = Optional.ofNullable(authentication.getDetails())
			.filter(WebAuthenticationDetails.class::isInstance)
			.map(d -> ((WebAuthenticationDetails) d).getRemoteAddress())
			.orElse(null);
		Optional<java.time.Instant> locked = throttle.lockedUntil(username, address);
		if (locked.isPresent()) {
			throw new LoginThrottledException(locked.get());
		}
		try {
			Authentication result = delegate.authenticate(authentication);
			throttle.succeeded(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			throttle.failed(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
