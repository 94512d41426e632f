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

	/**
	 * A new application (or a registration by the secretariat): the membership starts as applied,
	 * on {@code appliedOn} (null means today), which cannot lie in the future.
	 */
	public static Step apply(CovenantId covenant, OrganisationId company, boolean lightRegime, String actor,
			Instant now, LocalDate today, LocalDate appliedOn) {
		LocalDate day = appliedOn == null ? today : appliedOn;
		if (day.isAfter(today)) {
			throw new IllegalArgumentException("An application cannot be dated in the future.");
		}
		Membership membership = new Membership(MembershipId.random(), covenant, company, MembershipState.APPLIED,
				lightRegime, day, null, null, null);
		return new Step(membership, new MembershipHistoryEntry(null, MembershipState.APPLIED, actor, now, day, null));
	}

	/** Performs {@code action} today. */
	public Step perform(MembershipAction action, String reason, String actor, Instant now, LocalDate today) {
		return perform(action, reason, actor, now, today, null);
	}

	/**
	 * Performs {@code action}, effective on {@code effectiveOn} (null means today); refuses a move the
	 * transition table does not allow, a suspension or exit without a reason, and a date in the
	 * future or before the application.
	 */
	public Step perform(MembershipAction action, String reason, String actor, Instant now, LocalDate today,
			LocalDate effectiveOn) {
		MembershipState next = state.apply(action);
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (action.reasonRequired() && why == null) {
			throw new IllegalArgumentException("Give a reason to " + action.name().toLowerCase() + " a membership.");
		}
		LocalDate day = effectiveOn == null ? today : effectiveOn;
		if (day.isAfter(today)) {
			throw new IllegalArgumentException("A step cannot take effect in the future.");
		}
		if (day.isBefore(appliedOn)) {
			throw new IllegalArgumentException("A step cannot take effect before the application (" + appliedOn + ").");
		}
		Membership after = switch (action) {
			case ACTIVATE -> with(next, day, null, exitedOn);
			case SUSPEND -> with(next, activeSince, day, exitedOn);
			case REINSTATE -> with(next, activeSince, null, exitedOn);
			case EXIT -> with(next, activeSince, suspendedSince, day);
		};
		return new Step(after, new MembershipHistoryEntry(state, next, actor, now, day, why));
	}

	public Membership withLightRegime(boolean light) {
		return new Membership(id, covenantId, organisationId, state, light, appliedOn, activeSince, suspendedSince,
				exitedOn);
	}

	private Membership with(MembershipState next, LocalDate active, LocalDate suspended, LocalDate exited) {
		return new Membership(id, covenantId, organisationId, next, lightRegime, appliedOn, active, suspended, exited);
	}

}
