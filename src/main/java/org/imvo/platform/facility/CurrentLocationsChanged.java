package org.imvo.platform.facility;

import org.imvo.platform.shared.OrganisationId;

/**
 * Published when an organisation's current production locations changed: a list was committed,
 * a reviewed row joined them, or the secretariat merged or split facilities they name. Other modules
 * (risk screening) listen for it.
 */
public record CurrentLocationsChanged(OrganisationId organisationId, ImportId listId) {
}
