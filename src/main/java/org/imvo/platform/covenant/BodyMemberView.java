package org.imvo.platform.covenant;

import java.time.LocalDate;
import java.util.UUID;

import org.imvo.platform.shared.OrganisationId;

/**
 * A person seated in a body.
 *
 * @param organisationId null when the person sits without an organisation
 * @param constituency null for independent members
 */
public record BodyMemberView(UUID id, String personName, OrganisationId organisationId, String organisationName,
		Constituency constituency, Seat seat, boolean independent, LocalDate since) {
}
