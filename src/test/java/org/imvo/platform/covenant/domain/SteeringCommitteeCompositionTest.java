package org.imvo.platform.covenant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.imvo.platform.covenant.BodyMemberView;
import org.imvo.platform.covenant.CompositionIssue;
import org.imvo.platform.covenant.CompositionIssue.Kind;
import org.imvo.platform.covenant.Constituency;
import org.imvo.platform.covenant.Seat;
import org.junit.jupiter.api.Test;

class SteeringCommitteeCompositionTest {

	private static BodyMemberView independentChair() {
		return new BodyMemberView(UUID.randomUUID(), "Chair", null, null, null, Seat.CHAIR, true, null);
	}

	private static BodyMemberView member(Constituency constituency) {
		return new BodyMemberView(UUID.randomUUID(), "Member", null, null, constituency, Seat.MEMBER, false, null);
	}

	private static List<BodyMemberView> balanced() {
		List<BodyMemberView> members = new ArrayList<>(List.of(independentChair()));
		for (Constituency c : List.of(Constituency.EMPLOYERS, Constituency.TRADE_UNIONS, Constituency.CIVIL_SOCIETY,
				Constituency.GOVERNMENT)) {
			members.add(member(c));
			members.add(member(c));
		}
		return members;
	}

	@Test
	void shouldAcceptAnIndependentChairAndEqualSeats() {
		assertThat(SteeringCommitteeComposition.issues(balanced())).isEmpty();
	}

	@Test
	void shouldReportAMissingChair() {
		List<BodyMemberView> members = balanced();
		members.remove(0);
		assertThat(SteeringCommitteeComposition.issues(members)).extracting(CompositionIssue::kind)
			.containsExactly(Kind.NO_CHAIR);
	}

	@Test
	void shouldReportAChairWhoRepresentsAConstituency() {
		List<BodyMemberView> members = balanced();
		members.set(0, new BodyMemberView(UUID.randomUUID(), "Chair", null, null, Constituency.OTHER, Seat.CHAIR, false,
				null));
		assertThat(SteeringCommitteeComposition.issues(members)).extracting(CompositionIssue::kind)
			.contains(Kind.CHAIR_NOT_INDEPENDENT);
	}

	@Test
	void shouldReportTwoChairs() {
		List<BodyMemberView> members = balanced();
		members.add(independentChair());
		assertThat(SteeringCommitteeComposition.issues(members)).extracting(CompositionIssue::kind)
			.containsExactly(Kind.SEVERAL_CHAIRS);
	}

	@Test
	void shouldReportUnequalSeatsWithTheCountPerConstituency() {
		List<BodyMemberView> members = balanced();
		members.add(member(Constituency.EMPLOYERS));
		List<CompositionIssue> issues = SteeringCommitteeComposition.issues(members);
		assertThat(issues).extracting(CompositionIssue::kind).containsExactly(Kind.UNEQUAL_SEATS);
		assertThat(issues.get(0).seats()).containsAllEntriesOf(Map.of(Constituency.EMPLOYERS, 3,
				Constituency.TRADE_UNIONS, 2, Constituency.CIVIL_SOCIETY, 2, Constituency.GOVERNMENT, 2));
		assertThat(issues.get(0).seats().keySet()).containsExactly(Constituency.EMPLOYERS, Constituency.TRADE_UNIONS,
				Constituency.CIVIL_SOCIETY, Constituency.GOVERNMENT);
	}

	@Test
	void shouldNotCountIndependentMembersAsAConstituency() {
		List<BodyMemberView> members = balanced();
		members.add(new BodyMemberView(UUID.randomUUID(), "Adviser", null, null, null, Seat.MEMBER, true, null));
		assertThat(SteeringCommitteeComposition.issues(members)).isEmpty();
	}

	@Test
	void shouldReportOnlyTheMissingChairForAnEmptyCommittee() {
		assertThat(SteeringCommitteeComposition.issues(List.of())).extracting(CompositionIssue::kind)
			.containsExactly(Kind.NO_CHAIR);
	}

}
