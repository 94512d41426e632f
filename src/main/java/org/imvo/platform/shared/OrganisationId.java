package org.imvo.platform.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies an organisation (the tenant that owns confidential data). */
public record OrganisationId(UUID value) implements java.io.Serializable {

	public OrganisationId {
		Objects.requireNonNull(value, "organisation id");
	}

	public static OrganisationId random() {
		return new OrganisationId(UUID.randomUUID());
	}

	/** Parses an id from a URL or JSON; an invalid one is reported as not found, not as a server error. */
	public static OrganisationId parse(String text) {
		return new OrganisationId(Ids.parse(text, "organisation"));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
