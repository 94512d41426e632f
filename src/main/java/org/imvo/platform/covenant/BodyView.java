package org.imvo.platform.covenant;

import java.util.List;
import java.util.UUID;

/** A body of a covenant with its members and, for a steering committee, the composition issues found. */
public record BodyView(UUID id, BodyType type, String name, String mandate, List<BodyMemberView> members,
		List<CompositionIssue> issues) {

	public BodyView {
		members = List.copyOf(members);
		issues = List.copyOf(issues);
	}

}
