package org.imvo.platform.covenant.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.imvo.platform.covenant.BodyMemberView;
import org.imvo.platform.covenant.BodyView;
import org.imvo.platform.covenant.CommitmentView;
import org.imvo.platform.covenant.CompositionIssue;
import org.imvo.platform.covenant.CovenantDetails;
import org.imvo.platform.covenant.CovenantSummary;
import org.imvo.platform.covenant.MembershipHistoryEntry;
import org.imvo.platform.covenant.MembershipView;
import org.imvo.platform.covenant.NaceCode;
import org.imvo.platform.covenant.ParticipantView;
import org.imvo.platform.covenant.ThemeView;

/** The JSON shapes of the covenant API (ids as strings, enums by name, dates as ISO-8601). */
final class CovenantJson {

	private CovenantJson() {
	}

	record Covenant(String id, String name, String sector, List<String> naceCodes, LocalDate termStart,
			LocalDate termEnd, String status, boolean publicListed, String description, String goals) {

		static Covenant of(CovenantSummary c) {
			return new Covenant(c.id().toString(), c.name(), c.sector(), c.naceCodes(), c.term().start(),
					c.term().end(), c.status().name(), c.publicListed(), c.description(), c.goals());
		}

	}

	record Detail(String id, String name, String sector, List<String> naceCodes, List<Nace> nace,
			LocalDate termStart, LocalDate termEnd, String status, boolean publicListed, String description,
			String goals, List<Participant> parties, List<Participant> stakeholders, List<Commitment> commitments,
			List<Theme> themes, List<Body> bodies, List<Membership> memberships) {

		static Detail of(CovenantDetails d) {
			CovenantSummary c = d.covenant();
			return new Detail(c.id().toString(), c.name(), c.sector(), c.naceCodes(),
					d.nace().stream().map(Nace::of).toList(), c.term().start(), c.term().end(), c.status().name(),
					c.publicListed(), c.description(), c.goals(), d.parties().stream().map(Participant::of).toList(),
					d.stakeholders().stream().map(Participant::of).toList(),
					d.participants().stream().flatMap(p -> p.commitments().stream()).map(Commitment::of).toList(),
					d.themes().stream().map(Theme::of).toList(), d.bodies().stream().map(Body::of).toList(),
					d.memberships().stream().map(Membership::of).toList());
		}

	}

	record Nace(String code, int level, String description) {

		static Nace of(NaceCode n) {
			return new Nace(n.code(), n.level(), n.description());
		}

	}

	record Participant(String id, String organisationId, String organisationName, String organisationType,
			String role, String constituency, LocalDate joinedOn, List<Commitment> commitments) {

		static Participant of(ParticipantView p) {
			return new Participant(p.id().toString(), p.organisationId().toString(), p.organisationName(),
					p.organisationType().name(), p.role().name(), p.constituency().name(), p.joinedOn(),
					p.commitments().stream().map(Commitment::of).toList());
		}

	}

	record Commitment(String id, String participantId, String title, String description, String themeId,
			LocalDate dueOn) {

		static Commitment of(CommitmentView c) {
			return new Commitment(c.id().toString(), c.participantId().toString(), c.title(), c.description(),
					c.themeId() == null ? null : c.themeId().toString(), c.dueOn());
		}

	}

	record Theme(String id, String code, String name, String description, int position, boolean active,
			boolean standard) {

		static Theme of(ThemeView t) {
			return new Theme(t.id().toString(), t.code(), t.name(), t.description(), t.position(), t.active(),
					t.standard());
		}

	}

	record Body(String id, String type, String name, String mandate, List<BodyMember> members,
			List<Issue> compositionIssues) {

		static Body of(BodyView b) {
			return new Body(b.id().toString(), b.type().name(), b.name(), b.mandate(),
					b.members().stream().map(BodyMember::of).toList(), b.issues().stream().map(Issue::of).toList());
		}

	}

	record Issue(String kind, Map<String, Integer> seats) {

		static Issue of(CompositionIssue i) {
			Map<String, Integer> seats = new java.util.LinkedHashMap<>();
			i.seats().forEach((constituency, count) -> seats.put(constituency.name(), count));
			return new Issue(i.kind().name(), seats);
		}

	}

	record BodyMember(String id, String personName, String organisationId, String organisationName,
			String constituency, String seat, boolean independent, LocalDate since) {

		static BodyMember of(BodyMemberView m) {
			return new BodyMember(m.id().toString(), m.personName(),
					m.organisationId() == null ? null : m.organisationId().toString(), m.organisationName(),
					m.constituency() == null ? null : m.constituency().name(), m.seat().name(), m.independent(),
					m.since());
		}

	}

	record Membership(String id, String covenantId, String organisationId, String organisationName, String state,
			boolean lightRegime, LocalDate appliedOn, LocalDate activeSince, LocalDate suspendedSince,
			LocalDate exitedOn, List<String> allowedActions) {

		static Membership of(MembershipView m) {
			return new Membership(m.id().toString(), m.covenantId().toString(), m.organisationId().toString(),
					m.organisationName(), m.state().name(), m.lightRegime(), m.appliedOn(), m.activeSince(),
					m.suspendedSince(), m.exitedOn(), m.allowedActions().stream().map(Enum::name).toList());
		}

	}

	record HistoryEntry(String from, String to, String actor, Instant occurredAt, LocalDate effectiveOn,
			String reason) {

		static HistoryEntry of(MembershipHistoryEntry e) {
			return new HistoryEntry(e.from() == null ? null : e.from().name(), e.to().name(), e.actor(),
					e.occurredAt(), e.effectiveOn(), e.reason());
		}

	}

}
