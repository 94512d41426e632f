package org.imvo.platform.identity.web;

import java.util.Locale;

import org.imvo.platform.identity.OrganisationSummary;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /organisations/{orgId}}: an organisation's own page, for its members and the secretariat
 * (the organisation-scope interceptor refuses everyone else and records secretariat reads). It only
 * shows; accounts are managed by secretariat administrators on the admin pages.
 */
@Controller
class OrganisationPageController {

	private final Organisations organisations;

	OrganisationPageController(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/organisations/{orgId}")
	String show(@PathVariable String orgId, Model model, Locale locale) {
		OrganisationSummary organisation = organisations.get(OrganisationId.parse(orgId));
		model.addAttribute("organisation", organisation);
		model.addAttribute("countryName", Countries.name(organisation.country(), locale));
		model.addAttribute("users", organisations.users(organisation.id()));
		return "identity/organisation";
	}

}
