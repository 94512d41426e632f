package org.imvo.platform.covenant.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.imvo.platform.covenant.CovenantId;
import org.imvo.platform.covenant.MembershipAction;
import org.imvo.platform.covenant.MembershipHistoryEntry;
import org.imvo.platform.covenant.MembershipId;
import org.imvo.platform.covenant.MembershipState;
import org.imvo.platform.shared.OrganisationId;

/**
 * A company's membership of a covenant and the rules for moving it through its lifecycle: the
 * transition table of {@link MembershipState}, a reason for suspending and ending, and the dates
 * each step sets. Plain Java; the service stores the result and its history entry.
 */
public record Membership(MembershipId id, CovenantId covenantId, OrganisationId organisationId, MembershipState state,
		boolean lightRegime, LocalDate appliedOn, LocalDate activeSince, LocalDate suspendedSince,
		LocalDate exitedOn) {

	public Membership {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(covenantId, "covenantId");
		Objects.requireNonNull(organisationId, "organisationId");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(appliedOn, "appliedOn");
	}

	/** The result of a step: the membership after it, and the history entry that records it. */
	public record Step(Membership membership, MembershipHistoryEntry entry) {
	}

	/** A new application (or a registration by the secretariat): the membership starts as applied. */
	public static Step apply(CovenantId covenant, OrganisationId company, boolean lightRegime, String actor,
			Instant now, LocalDate today) {
		Membership membership = new Membership(MembershipId.random(), covenant, company, MembershipState.APPLIED,
				lightRegime, today, null, null, null);
		return new Step(membership, new MembershipHistoryEntry(null, MembershipState.APPLIED, actor, now, null));
	}

	/**
	 * Performs {@code action}; refuses a move the transition table does not allow, and a suspension
	 * or exit without a reason.
	 */
	public Step perform(MembershipAction action, String reason, String actor, Instant now, LocalDate today) {
		MembershipState next = state.apply(action);
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (action.reasonRequired() && why == null) {
			throw new IllegalArgumentException("Give a reason to " + action.name().toLowerCase() + " a membership.");
		}
		Membership after = switch (action) {
			case ACTIVATE -> with(next, today, null, exitedOn);
			case SUSPEND -> with(next, activeSince, today, exitedOn);
			case REINSTATE -> with(next, activeSince, null, exitedOn);
			case EXIT -> with(next, activeSince, suspendedSince, today);
		};
		return new Step(after, new MembershipHistoryEntry(state, next, actor, now, why));
	}

	public Membership withLightRegime(boolean light) {
		return new Membership(id, covenantId, organisationId, state, light, appliedOn, activeSince, suspendedSince,
				exitedOn);
	}

	private Membership with(MembershipState next, LocalDate active, LocalDate suspended, LocalDate exited) {
		return new Membership(id, covenantId, organisationId, next, lightRegime, appliedOn, active, suspended, exited);
	}

}
