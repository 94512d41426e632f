package org.imvo.platform.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.imvo.platform.covenant.BodyType;
import org.imvo.platform.covenant.BodyView;
import org.imvo.platform.covenant.Constituency;
import org.imvo.platform.covenant.CovenantId;
import org.imvo.platform.covenant.CovenantInput;
import org.imvo.platform.covenant.CovenantStatus;
import org.imvo.platform.covenant.Covenants;
import org.imvo.platform.covenant.MembershipAction;
import org.imvo.platform.covenant.MembershipTransition;
import org.imvo.platform.covenant.NewBody;
import org.imvo.platform.covenant.NewBodyMember;
import org.imvo.platform.covenant.NewCommitment;
import org.imvo.platform.covenant.NewParticipant;
import org.imvo.platform.covenant.ParticipantRole;
import org.imvo.platform.covenant.ParticipantView;
import org.imvo.platform.covenant.Seat;
import org.imvo.platform.covenant.ThemeView;
import org.imvo.platform.identity.NewOrganisation;
import org.imvo.platform.identity.OrganisationSummary;
import org.imvo.platform.identity.OrganisationType;
import org.imvo.platform.identity.Organisations;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo covenant: a garment and textile covenant modelled on the Dutch Agreement on Sustainable
 * Garments and Textile (2016-2021), with its parties, bodies, themes and members. The parties'
 * commitments summarise what the SER advice "IMVO-convenanten" (2014) expects of each kind of
 * party.
 */
@Component
@Order(100)
class DemoCovenant implements DemoStep {

	static final String NAME = "Agreement on Sustainable Garments and Textile (demo)";

	static final LocalDate START = LocalDate.of(2026, 7, 1);

	private final Covenants covenants;

	private final Organisations organisations;

	private final Clock clock;

	DemoCovenant(Covenants covenants, Organisations organisations, Clock clock) {
		this.covenants = covenants;
		this.organisations = organisations;
		this.clock = clock;
	}

	/** @param orgs the demo organisations by key (secretariat, company-a, company-b, company-c, union, ngo, employers, government, committee) */
	@Override
	public void seed(Map<String, OrganisationSummary> orgs) {
		CovenantId covenant = covenants.create(new CovenantInput(NAME, "Garments and textile",
				List.of("13", "14", "15.1", "46.42", "47.71"), START, LocalDate.of(2031, 6, 30), """
						Companies selling garments and textiles in the Netherlands, the industry association, trade \
						unions, civil-society organisations and the government work together to prevent and address \
						human-rights abuses and environmental harm in the supply chains of garments and textiles. Each \
						member carries out due diligence as the OECD Guidelines ask, discloses its production locations \
						to the secretariat, and reports on its progress every year.""", """
						Within the five-year term: (1) members together account for 80% of garments and textiles sold \
						in the Netherlands; (2) every member addresses the most severe risks in its supply chain, \
						starting with the nine priority themes; (3) workers in the supply chain have access to an \
						effective complaints mechanism and to remedy; (4) a growing share of production locations pays \
						a living wage.""", CovenantStatus.ACTIVE, true, true))
			.id();
		List<ThemeView> themes = covenants.themes(covenant);

		ParticipantView employers = party(covenant, orgs.get("employers"));
		commit(covenant, employers, "Inform and support member companies",
				"Bring the covenant to the attention of all companies in the sector and help them, small companies "
						+ "in particular, with tools and training to carry out due diligence step by step.",
				null, themes, LocalDate.of(2027, 6, 30));
		commit(covenant, employers, "Seek partners at European level",
				"Look for European partners and develop model agreements, so that the covenant's approach is "
						+ "scaled up beyond the Netherlands.",
				null, themes, null);

		ParticipantView union = party(covenant, orgs.get("union"));
		commit(covenant, union, "Strengthen social dialogue in production countries",
				"Through the international trade union networks, support independent unions and their access to "
						+ "the workplace, so that workers can speak up and risks are seen early.",
				"FREEDOM_OF_ASSOCIATION", themes, null);
		commit(covenant, union, "Training with formal union involvement",
				"Take part in training programmes and in health and safety committees of management and workers at "
						+ "production locations.",
				"HEALTH_SAFETY", themes, LocalDate.of(2028, 6, 30));

		ParticipantView ngo = party(covenant, orgs.get("ngo"));
		commit(covenant, ngo, "Bring in knowledge of local risks",
				"Share knowledge of risks in production countries and help member companies consult affected "
						+ "workers and communities in a meaningful way.",
				null, themes, null);
		commit(covenant, ngo, "Help workers reach the complaints mechanism",
				"Make the complaints mechanism known to workers and their representatives, and support "
						+ "complainants so that complaints lead to remedy.",
				null, themes, null);

		ParticipantView government = party(covenant, orgs.get("government"));
		commit(covenant, government, "Remove obstacles in the government sphere",
				"Use bilateral relations and multilateral fora to promote the covenant's goals, and encourage "
						+ "production countries to ratify and enforce the fundamental ILO conventions.",
				null, themes, null);
		commit(covenant, government, "Capacity building and improvement plans",
				"Support training, empowerment and social dialogue in the supply chain, and the development of "
						+ "improvement plans at production locations.",
				"LIVING_WAGE", themes, null);
		commit(covenant, government, "Access to remedy and responsible public procurement",
				"Promote access to remedy, and base the government's own purchasing of garments and textiles on the "
						+ "OECD Guidelines.",
				null, themes, LocalDate.of(2029, 6, 30));

		OrganisationSummary voice = organisations.create(
				new NewOrganisation("Garment Workers' Voice Bangladesh", OrganisationType.TRADE_UNION, "BD", null));
		orgs.put("stakeholder", voice);
		covenants.addParticipant(covenant,
				new NewParticipant(voice.id().toString(), ParticipantRole.STAKEHOLDER, null, LocalDate.of(2026, 9, 1)));

		BodyView steering = covenants.addBody(covenant, new NewBody(BodyType.STEERING_COMMITTEE, "Steering Committee",
				"Adopts the annual plan, monitors progress against the covenant's goals, and decides on disputes "
						+ "between parties within 21 days by majority vote."));
		seat(covenant, steering, "Dr. Pieter van Dam", null, Seat.CHAIR);
		seat(covenant, steering, "Mark de Boer", orgs.get("employers"), Seat.MEMBER);
		seat(covenant, steering, "Ingrid Kok", orgs.get("employers"), Seat.MEMBER);
		seat(covenant, steering, "Fatima El Amrani", orgs.get("union"), Seat.MEMBER);
		seat(covenant, steering, "Kees Mulder", orgs.get("union"), Seat.MEMBER);
		seat(covenant, steering, "Joris Bakker", orgs.get("ngo"), Seat.MEMBER);
		seat(covenant, steering, "Lotte van Leeuwen", orgs.get("ngo"), Seat.MEMBER);
		seat(covenant, steering, "Hanneke Verhoeven", orgs.get("government"), Seat.MEMBER);
		seat(covenant, steering, "Daan Hendriks", orgs.get("government"), Seat.MEMBER);

		BodyView committee = covenants.addBody(covenant, new NewBody(BodyType.COMPLAINTS_COMMITTEE,
				"Complaints and Disputes Committee",
				"Handles complaints of workers and their representatives about members' supply chains and disputes "
						+ "between parties; decides independently and publishes anonymised outcomes."));
		independent(covenant, committee, "Prof. Marieke Smit", orgs.get("committee"), Seat.CHAIR);
		independent(covenant, committee, "Mr. Ruben Hoekstra", orgs.get("committee"), Seat.MEMBER);
		independent(covenant, committee, "Dr. Aisha Benali", orgs.get("committee"), Seat.MEMBER);

		BodyView secretariat = covenants.addBody(covenant, new NewBody(BodyType.SECRETARIAT, "Secretariat",
				"Runs the covenant day to day: admits members, receives production-location lists, assesses action "
						+ "plans every year and publishes the aggregated list and the annual progress report."));
		independent(covenant, secretariat, "Sanne de Vries", orgs.get("secretariat"), Seat.CHAIR);

		member(covenant, orgs.get("company-a"), false, LocalDate.of(2026, 5, 12), START);
		member(covenant, orgs.get("company-b"), false, LocalDate.of(2026, 6, 3), START);
		member(covenant, orgs.get("company-c"), true, LocalDate.of(2026, 10, 20), null);
	}

	private ParticipantView party(CovenantId covenant, OrganisationSummary organisation) {
		return covenants.addParticipant(covenant,
				new NewParticipant(organisation.id().toString(), ParticipantRole.PARTY, null, START));
	}

	private void commit(CovenantId covenant, ParticipantView party, String title, String description, String themeCode,
			List<ThemeView> themes, LocalDate dueOn) {
		String themeId = themeCode == null ? null
				: themes.stream().filter(t -> t.code().equals(themeCode)).findFirst().orElseThrow().id().toString();
		covenants.addCommitment(covenant,
				new NewCommitment(party.id().toString(), title, description, themeId, dueOn));
	}

	private void seat(CovenantId covenant, BodyView body, String person, OrganisationSummary organisation, Seat seat) {
		boolean independent = organisation == null;
		Constituency constituency = independent ? null : Constituency.defaultFor(organisation.type());
		covenants.addBodyMember(covenant, body.id(), new NewBodyMember(person,
				organisation == null ? null : organisation.id().toString(), constituency, seat, independent, START));
	}

	private void independent(CovenantId covenant, BodyView body, String person, OrganisationSummary organisation,
			Seat seat) {
		covenants.addBodyMember(covenant, body.id(),
				new NewBodyMember(person, organisation.id().toString(), null, seat, true, START));
	}

	/** Dates in the past of the demo's story, but never after today (the demo may start on any day). */
	private void member(CovenantId covenant, OrganisationSummary company, boolean lightRegime, LocalDate appliedOn,
			LocalDate activeSince) {
		LocalDate today = LocalDate.now(clock);
		var membership = covenants.applyForMembership(covenant, company.id(), lightRegime, min(appliedOn, today));
		if (activeSince != null) {
			covenants.transition(covenant, membership.id(), new MembershipTransition(MembershipAction.ACTIVATE,
					"Signed the covenant; action plan received.", min(activeSince, today)));
		}
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
