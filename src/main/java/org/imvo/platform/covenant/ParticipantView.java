package org.imvo.platform.covenant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.imvo.platform.identity.OrganisationType;
import org.imvo.platform.shared.OrganisationId;

/** A party or stakeholder of a covenant, with the commitments of a party. */
public record ParticipantView(UUID id, OrganisationId organisationId, String organisationName,
		OrganisationType organisationType, ParticipantRole role, Constituency constituency, LocalDate joinedOn,
		List<CommitmentView> commitments) {

	public ParticipantView {
		commitments = List.copyOf(commitments);
	}

	public boolean isParty() {
		return role == ParticipantRole.PARTY;
	}

}
