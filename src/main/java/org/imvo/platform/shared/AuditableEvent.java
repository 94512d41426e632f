package org.imvo.platform.shared;

import java.util.Objects;

/**
 * Published by a module for every write it makes, inside the writing transaction; the audit module
 * appends it to the hash-chained trail. Actor and time are added by the audit module.
 *
 * @param action what happened, e.g. {@code covenant.created}
 * @param entityType the kind of entity, e.g. {@code covenant}
 * @param entityId its id, or null
 * @param organisationId the organisation whose data changed, or null for covenant-level data
 * @param summary a short human-readable summary of the change (no secrets, no passwords)
 */
public record AuditableEvent(String action, String entityType, String entityId, OrganisationId organisationId,
		String summary) {

	public AuditableEvent {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(entityType, "entityType");
		Objects.requireNonNull(summary, "summary");
	}

}
