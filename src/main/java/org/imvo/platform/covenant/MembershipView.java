package org.imvo.platform.covenant;

import java.time.LocalDate;
import java.util.List;

import org.imvo.platform.shared.OrganisationId;

/** A company's membership of a covenant, with the dates of its lifecycle. */
public record MembershipView(MembershipId id, CovenantId covenantId, String covenantName,
		OrganisationId organisationId, String organisationName, MembershipState state, boolean lightRegime,
		LocalDate appliedOn, LocalDate activeSince, LocalDate suspendedSince, LocalDate exitedOn) {

	public List<MembershipAction> allowedActions() {
		return state.allowedActions();
	}

}
