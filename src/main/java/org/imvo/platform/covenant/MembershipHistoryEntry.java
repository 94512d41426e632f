package org.imvo.platform.covenant;

import java.time.Instant;

/**
 * One step in a membership's life.
 *
 * @param from null for the application (or registration) that created the membership
 * @param actor the username of who made the step, or {@code system}
 */
public record MembershipHistoryEntry(MembershipState from, MembershipState to, String actor, Instant occurredAt,
		String reason) {
}
