package org.imvo.platform.audit.web;

import java.time.LocalDate;

import org.imvo.platform.audit.AuditQuery;
import org.imvo.platform.audit.AuditTrail;
import org.imvo.platform.audit.ChainVerification;
import org.imvo.platform.identity.OrganisationAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for the secretariat: browse with filters, verify the hash chain. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

	private final AuditTrail trail;

	private final OrganisationAccess access;

	AuditApiController(AuditTrail trail, OrganisationAccess access) {
		this.trail = trail;
		this.access = access;
	}

	@GetMapping("/events")
	AuditTrail.Page events(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) String organisationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		access.requireSecretariat(false);
		return trail.search(new AuditQuery(actor, action, entityType, organisationId, from, to, page, size));
	}

	@GetMapping("/verification")
	ChainVerification verify() {
		access.requireSecretariat(false);
		return trail.verify();
	}

}
