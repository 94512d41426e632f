package org.imvo.platform.covenant;

import java.time.Instant;

import org.imvo.platform.shared.OrganisationId;

/**
 * Published (inside the writing transaction) when a membership is created or moves to another
 * state, for modules that act on membership, e.g. to open a company's reporting obligations.
 *
 * @param from null for a new application or registration
 */
public record MembershipChanged(CovenantId covenantId, MembershipId membershipId, OrganisationId organisationId,
		MembershipState from, MembershipState to, boolean lightRegime, Instant occurredAt) {
}
