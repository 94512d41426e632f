package org.imvo.platform.identity;

import java.util.Optional;

import org.imvo.platform.identity.internal.PlatformUserDetails;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling, from the security context of the current request. */
@Component
public class CurrentUsers {

	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PlatformUserDetails details) {
			return Optional.of(details.user());
		}
		return Optional.empty();
	}

	public CurrentUser require() {
		return current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

}
