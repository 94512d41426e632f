package org.imvo.platform.demo;

import java.util.Map;

import org.imvo.platform.identity.OrganisationSummary;

/**
 * One part of the demo, seeded in the order of {@code @Order} inside the seeder's transaction.
 * Each capability adds its own step (a class in this package) instead of editing the seeder.
 */
interface DemoStep {

	/**
	 * @param orgs the demo organisations by key: secretariat, company-a, company-b, company-c, union,
	 * ngo, employers, government, committee, and from the covenant step on stakeholder (a
	 * Bangladeshi union); the demo covenant is found by name, {@code DemoCovenant.NAME}
	 */
	void seed(Map<String, OrganisationSummary> orgs);

}
