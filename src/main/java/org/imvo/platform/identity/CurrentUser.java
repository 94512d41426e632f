package org.imvo.platform.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

import org.imvo.platform.shared.OrganisationId;

/** The signed-in user as other modules see it. */
public record CurrentUser(UUID userId, String username, String displayName, OrganisationId organisationId,
		String organisationName, OrganisationType organisationType, Set<Role> roles) implements Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isSecretariat() {
		return has(Role.SECRETARIAT);
	}

	public boolean isAdmin() {
		return isSecretariat() && has(Role.ADMIN);
	}

	public boolean mayEdit() {
		return has(Role.EDITOR) || has(Role.ADMIN);
	}

	public boolean belongsTo(OrganisationId organisation) {
		return organisationId.equals(organisation);
	}

}
