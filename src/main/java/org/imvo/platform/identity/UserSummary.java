package org.imvo.platform.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.imvo.platform.shared.OrganisationId;

/** A user account as the secretariat manages it (never with its password hash). */
public record UserSummary(UUID id, String username, String displayName, OrganisationId organisationId,
		String organisationName, Set<Role> roles, boolean enabled, Instant createdAt) {
}
