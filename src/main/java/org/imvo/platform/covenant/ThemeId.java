package org.imvo.platform.covenant;

import java.util.Objects;
import java.util.UUID;

import org.imvo.platform.shared.Ids;

/** Identifies a priority theme of a covenant. */
public record ThemeId(UUID value) {

	public ThemeId {
		Objects.requireNonNull(value, "theme id");
	}

	public static ThemeId random() {
		return new ThemeId(UUID.randomUUID());
	}

	/** Parses an id from a URL or JSON; an invalid one is reported as not found. */
	public static ThemeId parse(String text) {
		return new ThemeId(Ids.parse(text, "theme"));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
