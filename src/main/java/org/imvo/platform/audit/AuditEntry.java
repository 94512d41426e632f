package org.imvo.platform.audit;

import java.time.Instant;

/** One entry of the trail, as shown to the secretariat. */
public record AuditEntry(long id, Instant occurredAt, String actor, String organisationId, String action,
		String entityType, String entityId, String summary, String previousHash, String hash) {
}
