package org.imvo.platform.covenant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.imvo.platform.covenant.internal.ReasonWhenRequired;

/** Command: move a membership through its lifecycle; suspending and ending need a reason. */
@ReasonWhenRequired
public record MembershipTransition(@NotNull MembershipAction action, @Size(max = 2000) String reason) {

	public MembershipTransition {
		reason = reason == null || reason.isBlank() ? null : reason.strip();
	}

}
