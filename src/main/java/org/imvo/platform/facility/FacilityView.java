package org.imvo.platform.facility;

import java.time.Instant;

/**
 * A facility's own attributes. These are not confidential; which organisations source there is,
 * and is never part of this view.
 */
public record FacilityView(FacilityId facilityId, String name, String address, String countryCode, Double lat,
		Double lng, String sector, String productType, String facilityType, String processingType,
		String numberOfWorkers, String parentCompany, FacilityStatus status, Instant createdAt) {
}
