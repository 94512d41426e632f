package org.imvo.platform.covenant;

import java.util.Objects;
import java.util.UUID;

import org.imvo.platform.shared.Ids;

/** Identifies a covenant. */
public record CovenantId(UUID value) {

	public CovenantId {
		Objects.requireNonNull(value, "covenant id");
	}

	public static CovenantId random() {
		return new CovenantId(UUID.randomUUID());
	}

	/** Parses an id from a URL or JSON; an invalid one is reported as not found. */
	public static CovenantId parse(String text) {
		return new CovenantId(Ids.parse(text, "covenant"));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
