package org.imvo.platform.covenant;

import java.util.List;

/** Everything about a covenant that its reader may see. */
public record CovenantDetails(CovenantSummary covenant, List<NaceCode> nace, List<ParticipantView> participants,
		List<ThemeView> themes, List<BodyView> bodies, List<MembershipView> memberships) {

	public CovenantDetails {
		nace = List.copyOf(nace);
		participants = List.copyOf(participants);
		themes = List.copyOf(themes);
		bodies = List.copyOf(bodies);
		memberships = List.copyOf(memberships);
	}

	public List<ParticipantView> parties() {
		return participants.stream().filter(ParticipantView::isParty).toList();
	}

	public List<ParticipantView> stakeholders() {
		return participants.stream().filter(p -> !p.isParty()).toList();
	}

}
