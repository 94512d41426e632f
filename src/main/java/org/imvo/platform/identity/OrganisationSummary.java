package org.imvo.platform.identity;

import java.time.Instant;

import org.imvo.platform.shared.OrganisationId;

/** An organisation as other modules see it. Name and type are public; users are not. */
public record OrganisationSummary(OrganisationId id, String name, OrganisationType type, String country,
		String website, boolean active, Instant createdAt) {
}
