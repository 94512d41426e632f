package org.imvo.platform.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.imvo.platform.identity.NewOrganisation;
import org.imvo.platform.identity.NewUser;
import org.imvo.platform.identity.OrganisationSummary;
import org.imvo.platform.identity.OrganisationType;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo on the first start: organisations and logins, then the covenant through the
 * covenant module. All in one transaction, so a failed seed leaves an empty database and the next
 * start tries again.
 */
@Component
@Order(10)
@Profile("!prod")
@ConditionalOnProperty(name = "imvo.demo", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

	/** The demo password; only ever set in demo mode. */
	static final String PASSWORD = "demo-password";

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final Organisations organisations;

	private final TransactionTemplate transaction;

	private final List<DemoStep> steps;

	/** @param steps every capability's demo part, in {@code @Order} */
	DemoDataSeeder(Organisations organisations, TransactionTemplate transaction, List<DemoStep> steps) {
		this.organisations = organisations;
		this.transaction = transaction;
		this.steps = List.copyOf(steps);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (organisations.anyUser()) {
			return;
		}
		transaction.executeWithoutResult(status -> seed());
		log.info("Demo data seeded. Sign in as secretariat@demo, company-a@demo, company-b@demo, union@demo, "
				+ "ngo@demo or committee@demo with the password '{}'.", PASSWORD);
	}

	private void seed() {
		Map<String, OrganisationSummary> orgs = new LinkedHashMap<>();
		orgs.put("secretariat", org("Covenant Secretariat (SER)", OrganisationType.SECRETARIAT, "NL", "https://www.ser.nl"));
		orgs.put("company-a", org("Noordzee Apparel B.V.", OrganisationType.COMPANY, "NL", null));
		orgs.put("company-b", org("Zuiderzee Fashion Group N.V.", OrganisationType.COMPANY, "NL", null));
		orgs.put("company-c", org("Veluwe Workwear B.V.", OrganisationType.COMPANY, "NL", null));
		orgs.put("union", org("Textile Workers' Union NL", OrganisationType.TRADE_UNION, "NL", null));
		orgs.put("ngo", org("Fair Supply Chains Coalition", OrganisationType.NGO, "NL", null));
		orgs.put("employers", org("Dutch Fashion and Textile Industry Association", OrganisationType.EMPLOYER_ORGANISATION, "NL", null));
		orgs.put("government", org("Ministry of Foreign Affairs (Foreign Trade and Development)", OrganisationType.GOVERNMENT, "NL", null));
		orgs.put("committee", org("Complaints and Disputes Committee", OrganisationType.COMPLAINTS_COMMITTEE, "NL", null));

		user(orgs.get("secretariat"), "secretariat@demo", "Sanne de Vries", Role.ADMIN, Role.EDITOR);
		user(orgs.get("company-a"), "company-a@demo", "Anna Jansen", Role.EDITOR);
		user(orgs.get("company-b"), "company-b@demo", "Bram Visser", Role.EDITOR);
		user(orgs.get("union"), "union@demo", "Fatima El Amrani", Role.EDITOR);
		user(orgs.get("ngo"), "ngo@demo", "Joris Bakker", Role.EDITOR);
		user(orgs.get("committee"), "committee@demo", "Prof. Marieke Smit", Role.EDITOR);

		steps.forEach(step -> step.seed(orgs));
	}

	private OrganisationSummary org(String name, OrganisationType type, String country, String website) {
		return organisations.create(new NewOrganisation(name, type, country, website));
	}

	private void user(OrganisationSummary organisation, String username, String name, Role... roles) {
		organisations.createUser(new NewUser(organisation.id().toString(), username, name, PASSWORD, Set.of(roles)));
	}

}
