package org.imvo.platform.covenant;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.imvo.platform.covenant.internal.ReasonWhenRequired;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Command: move a membership through its lifecycle; suspending and ending need a reason.
 *
 * @param effectiveOn the day the step took effect, when the secretariat records it afterwards;
 * empty means today. Never in the future, never before the application.
 */
@ReasonWhenRequired
public record MembershipTransition(@NotNull MembershipAction action, @Size(max = 2000) String reason,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn) {

	public MembershipTransition(MembershipAction action, String reason) {
		this(action, reason, null);
	}

	public MembershipTransition {
		reason = reason == null || reason.isBlank() ? null : reason.strip();
	}

}
