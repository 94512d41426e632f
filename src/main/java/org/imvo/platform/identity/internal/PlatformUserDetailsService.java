package org.imvo.platform.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class PlatformUserDetailsService implements UserDetailsService {

	private final UserAccountRepository repository;

	PlatformUserDetailsService(UserAccountRepository repository) {
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return repository.findByUsername(username == null ? "" : username.strip())
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}
