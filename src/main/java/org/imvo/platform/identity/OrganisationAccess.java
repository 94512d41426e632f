package org.imvo.platform.identity;

import org.imvo.platform.shared.AuditableEvent;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one mechanism that decides who may read or change an organisation's confidential data
 * (its locations, risks, plans, complaints, users). Every module asks here; none decides alone.
 * <ul>
 * <li>a user may read the data of their own organisation;</li>
 * <li>a user with {@link Role#EDITOR} or {@link Role#ADMIN} may change it;</li>
 * <li>the secretariat may read every organisation's data, and each such read is written to the
 * audit trail;</li>
 * <li>everyone else is refused with {@link AccessDeniedException} (HTTP 403).</li>
 * </ul>
 */
@Component
public class OrganisationAccess {

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	OrganisationAccess(CurrentUsers currentUsers, ApplicationEventPublisher events) {
		this.currentUsers = currentUsers;
		this.events = events;
	}

	/**
	 * Refuses unless the caller may read {@code organisation}'s confidential {@code what} (e.g.
	 * "facilities"); records the read when the secretariat reads another organisation's data.
	 */
	public CurrentUser requireRead(OrganisationId organisation, String what) {
		CurrentUser user = currentUsers.require();
		if (user.belongsTo(organisation)) {
			return user;
		}
		if (user.isSecretariat()) {
			events.publishEvent(new AuditableEvent("confidential.read", what, null, organisation,
					"Secretariat read " + what + " of organisation " + organisation));
			return user;
		}
		throw new AccessDeniedException("Organisation " + organisation + " is not the caller's");
	}

	/** Refuses unless the caller belongs to {@code organisation} and may edit its data. */
	public CurrentUser requireWrite(OrganisationId organisation) {
		CurrentUser user = currentUsers.require();
		if (user.belongsTo(organisation) && user.mayEdit()) {
			return user;
		}
		throw new AccessDeniedException("No write access to organisation " + organisation);
	}

	/** Whether the caller may read {@code organisation}'s confidential data, without recording anything. */
	public boolean mayRead(OrganisationId organisation) {
		return currentUsers.current().map(u -> u.belongsTo(organisation) || u.isSecretariat()).orElse(false);
	}

	/** Refuses unless the caller works for the secretariat (and, if asked, is an administrator). */
	public CurrentUser requireSecretariat(boolean admin) {
		CurrentUser user = currentUsers.require();
		if (user.isSecretariat() && (!admin || user.isAdmin())) {
			return user;
		}
		throw new AccessDeniedException("Secretariat only");
	}

}
