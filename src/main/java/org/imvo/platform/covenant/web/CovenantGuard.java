package org.imvo.platform.covenant.web;

import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.CurrentUsers;
import org.imvo.platform.identity.OrganisationAccess;
import org.imvo.platform.identity.Role;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with covenants, for the page and API controllers: everyone signed in reads
 * (drafts are filtered by the service), the secretariat manages, and a company editor may apply
 * for membership of its own organisation.
 */
@Component
class CovenantGuard {

	private final OrganisationAccess access;

	private final CurrentUsers currentUsers;

	CovenantGuard(OrganisationAccess access, CurrentUsers currentUsers) {
		this.access = access;
		this.currentUsers = currentUsers;
	}

	CurrentUser viewer() {
		return currentUsers.require();
	}

	CurrentUser requireManage() {
		return access.requireSecretariat(false);
	}

	/**
	 * The company a membership application is for: any company when the secretariat registers one
	 * (it must name it); otherwise the caller's own organisation, if the caller is a company editor.
	 */
	OrganisationId applicant(String organisationId) {
		CurrentUser user = currentUsers.require();
		if (user.isSecretariat()) {
			if (organisationId == null || organisationId.isBlank()) {
				throw new IllegalArgumentException("Name the company to register (organisationId).");
			}
			return OrganisationId.parse(organisationId.strip());
		}
		if (!user.has(Role.COMPANY)) {
			throw new AccessDeniedException("Only companies apply for membership");
		}
		OrganisationId own = user.organisationId();
		OrganisationId target = organisationId == null || organisationId.isBlank() ? own
				: OrganisationId.parse(organisationId.strip());
		access.requireWrite(target);
		return target;
	}

	/** Whether the caller may apply for its own organisation (for showing the button). */
	boolean mayApply(CurrentUser user) {
		return !user.isSecretariat() && user.has(Role.COMPANY) && user.mayEdit();
	}

}
