package org.imvo.platform.audit;

import java.time.LocalDate;

/** Filter for browsing the trail; every field is optional. */
public record AuditQuery(String actor, String action, String entityType, String organisationId, LocalDate from,
		LocalDate to, int page, int size) {

	public AuditQuery {
		page = Math.max(0, page);
		size = size <= 0 ? 50 : Math.min(size, 500);
	}

}
