package org.imvo.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.imvo.platform.facility.ImportSummary;
import org.imvo.platform.facility.LocationLists;
import org.imvo.platform.facility.RowOutcome;
import org.imvo.platform.identity.OrganisationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo companies' production-location lists, imported through the real import pipeline
 * (synchronously, in the seeding transaction). The two lists share nine factories written
 * differently — abbreviated legal forms, reordered or partial addresses, transliterations — and
 * company-a lists a sister-factory pair (Rahman Apparels Unit 1 and Unit 2 at one address), of which
 * company-b sources only from Unit 2. Company-b's list is a semicolon-separated export with other
 * header names and country spellings (BGD, Türkiye, Viet Nam, CHN).
 */
@Component
@Order(200)
class DemoLocationLists implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoLocationLists.class);

	private final LocationLists lists;

	DemoLocationLists(LocationLists lists) {
		this.lists = lists;
	}

	@Override
	public void seed(Map<String, OrganisationSummary> orgs) {
		upload(orgs.get("company-a"), "company-a@demo", "noordzee-production-locations-2026.csv",
				"demo/company-a-locations.csv");
		upload(orgs.get("company-b"), "company-b@demo", "Zuiderzee suppliers 2026.csv", "demo/company-b-locations.csv");
	}

	private void upload(OrganisationSummary company, String uploadedBy, String fileName, String resource) {
		ImportSummary summary = lists.importNow(company.id(), uploadedBy, fileName, read(resource));
		log.info("Demo list of {}: {} rows, {} matched, {} new, {} to review, {} rejected", company.name(),
				summary.rowsTotal(), summary.count(RowOutcome.MATCHED), summary.count(RowOutcome.NEW),
				summary.count(RowOutcome.REVIEW), summary.count(RowOutcome.REJECTED));
	}

	private static byte[] read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
