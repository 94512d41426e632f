package org.imvo.platform.facility;

import java.util.Objects;
import java.util.UUID;

import org.imvo.platform.shared.Ids;

/** Identifies an upload of a location list and its import job. */
public record ImportId(UUID value) {

	public ImportId {
		Objects.requireNonNull(value, "import id");
	}

	public static ImportId random() {
		return new ImportId(UUID.randomUUID());
	}

	/** Parses an id from a URL or JSON; an invalid one is reported as not found. */
	public static ImportId parse(String text) {
		return new ImportId(Ids.parse(text, "import"));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
