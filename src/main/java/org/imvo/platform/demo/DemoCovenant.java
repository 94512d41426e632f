package org.imvo.platform.demo;

import java.util.Map;

import org.imvo.platform.identity.OrganisationSummary;
import org.springframework.stereotype.Component;

/**
 * The demo covenant: a garment and textile covenant modelled on the Dutch Agreement on Sustainable
 * Garments and Textile (2016-2021), with its parties, bodies, themes and members.
 */
@Component
class DemoCovenant {

	/** @param orgs the demo organisations by key (secretariat, company-a, company-b, company-c, union, ngo, employers, government, committee) */
	void seed(Map<String, OrganisationSummary> orgs) {
		// filled in by the covenant capability
	}

}
