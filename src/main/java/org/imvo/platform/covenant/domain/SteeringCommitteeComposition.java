package org.imvo.platform.covenant.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.imvo.platform.covenant.BodyMemberView;
import org.imvo.platform.covenant.CompositionIssue;
import org.imvo.platform.covenant.CompositionIssue.Kind;
import org.imvo.platform.covenant.Constituency;
import org.imvo.platform.covenant.Seat;

/**
 * Policy: a steering committee has one independent chair and the same number of seats for every
 * constituency it represents (DESIGN C1; the Bangladesh Accord and the Dutch covenants work this
 * way). Returns the issues found; an empty list means the composition is fine. Issues are warnings
 * for the secretariat, not refusals: a committee is filled seat by seat.
 */
public final class SteeringCommitteeComposition {

	private SteeringCommitteeComposition() {
	}

	public static List<CompositionIssue> issues(List<BodyMemberView> members) {
		List<CompositionIssue> issues = new ArrayList<>();
		List<BodyMemberView> chairs = members.stream().filter(m -> m.seat() == Seat.CHAIR).toList();
		if (chairs.isEmpty()) {
			issues.add(CompositionIssue.of(Kind.NO_CHAIR));
		}
		else if (chairs.size() > 1) {
			issues.add(CompositionIssue.of(Kind.SEVERAL_CHAIRS));
		}
		if (chairs.stream().anyMatch(c -> !c.independent())) {
			issues.add(CompositionIssue.of(Kind.CHAIR_NOT_INDEPENDENT));
		}
		Map<Constituency, Integer> seats = seatsPerConstituency(members);
		if (seats.values().stream().distinct().count() > 1) {
			issues.add(new CompositionIssue(Kind.UNEQUAL_SEATS, seats));
		}
		return List.copyOf(issues);
	}

	/** Seats of members who represent a constituency; independent members represent none. */
	static Map<Constituency, Integer> seatsPerConstituency(List<BodyMemberView> members) {
		Map<Constituency, Integer> seats = new EnumMap<>(Constituency.class);
		members.stream()
			.filter(m -> !m.independent() && m.constituency() != null)
			.forEach(m -> seats.merge(m.constituency(), 1, Integer::sum));
		return seats;
	}

}
