package org.imvo.platform.audit.web;

import java.time.LocalDate;

import org.imvo.platform.audit.AuditQuery;
import org.imvo.platform.audit.AuditTrail;
import org.imvo.platform.identity.OrganisationAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The secretariat's audit trail page. */
@Controller
@RequestMapping("/audit")
class AuditPageController {

	private final AuditTrail trail;

	private final OrganisationAccess access;

	AuditPageController(AuditTrail trail, OrganisationAccess access) {
		this.trail = trail;
		this.access = access;
	}

	@GetMapping
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String entityType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		access.requireSecretariat(false);
		AuditQuery query = new AuditQuery(actor, action, entityType, null, from, to, page, 50);
		model.addAttribute("query", query);
		model.addAttribute("result", trail.search(query));
		return "audit/list";
	}

	/** htmx partial: verifies the chain and shows the verdict. */
	@PostMapping("/verification")
	String verify(Model model) {
		access.requireSecretariat(false);
		model.addAttribute("verification", trail.verify());
		return "audit/list :: verification";
	}

}
