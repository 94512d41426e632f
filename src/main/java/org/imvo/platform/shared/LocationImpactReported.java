package org.imvo.platform.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * Evidence that an adverse impact occurred, or may occur, at a production location: a complaint
 * about it, an audit finding, something raised in a stakeholder dialogue. Published by the module
 * that learns of it, inside its writing transaction; the risk module listens and refines the
 * location's risk picture for every organisation that sources there.
 *
 * @param facilityId the registry id of the location (as text, e.g. {@code BD2025ABCDEFX})
 * @param covenantId the covenant the evidence arose in, or null
 * @param themeCode the covenant theme concerned (e.g. {@code CHILD_LABOUR}), or null when not yet known
 * @param source where the evidence comes from: {@code COMPLAINT}, {@code AUDIT_FINDING}, {@code DIALOGUE}
 * @param reference the source's own reference (a case reference, a finding id); never a person's identity
 * @param actual true for an impact that occurred, false for one that may occur
 * @param summary a short, non-identifying description
 */
public record LocationImpactReported(String facilityId, UUID covenantId, String themeCode, String source,
		String reference, boolean actual, String summary, Instant reportedAt) {

	public LocationImpactReported {
		if (facilityId == null || facilityId.isBlank()) {
			throw new IllegalArgumentException("facilityId is required");
		}
		if (source == null || source.isBlank() || reference == null || reference.isBlank()) {
			throw new IllegalArgumentException("source and reference are required");
		}
	}

}
