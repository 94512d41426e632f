package org.imvo.platform.facility;

import java.time.Instant;

import org.imvo.platform.shared.OrganisationId;

/**
 * A list that needs someone's attention, for the secretariat's overview.
 *
 * @param at when it was committed (lists to review) or failed
 * @param count rows awaiting review, or 0
 * @param errorMessage why it failed, or null
 */
public record ListOverview(ImportId id, OrganisationId organisationId, String organisationName, String fileName,
		Instant at, long count, String errorMessage) {
}
