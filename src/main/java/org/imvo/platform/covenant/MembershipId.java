package org.imvo.platform.covenant;

import java.util.Objects;
import java.util.UUID;

import org.imvo.platform.shared.Ids;

/** Identifies one membership of a company in a covenant (a company that leaves and returns has two). */
public record MembershipId(UUID value) {

	public MembershipId {
		Objects.requireNonNull(value, "membership id");
	}

	public static MembershipId random() {
		return new MembershipId(UUID.randomUUID());
	}

	/** Parses an id from a URL or JSON; an invalid one is reported as not found. */
	public static MembershipId parse(String text) {
		return new MembershipId(Ids.parse(text, "membership"));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
