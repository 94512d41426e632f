package org.imvo.platform.covenant;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step in a membership's life.
 *
 * @param from null for the application (or registration) that created the membership
 * @param actor the username of who made the step, or {@code system}
 * @param occurredAt when the step was recorded
 * @param effectiveOn the day the step took effect (earlier than the recording when recorded afterwards)
 */
public record MembershipHistoryEntry(MembershipState from, MembershipState to, String actor, Instant occurredAt,
		LocalDate effectiveOn, String reason) {
}
