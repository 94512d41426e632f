package org.imvo.platform.identity.internal;

import java.util.Collection;
import java.util.List;

import org.imvo.platform.identity.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal; carries the {@link CurrentUser} other modules see. */
public final class PlatformUserDetails implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final CurrentUser user;

	private String passwordHash;

	private final boolean enabled;

	public PlatformUserDetails(CurrentUser user, String passwordHash, boolean enabled) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	public CurrentUser user() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	List<String> roleNames() {
		return user.roles().stream().map(Enum::name).sorted().toList();
	}

}
