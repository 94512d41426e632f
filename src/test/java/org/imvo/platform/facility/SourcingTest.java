package org.imvo.platform.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.imvo.platform.identity.Organisations;
import org.imvo.platform.shared.OrganisationId;
import org.imvo.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
class SourcingTest {

	@Autowired
	Sourcing sourcing;

	@Autowired
	Organisations organisations;

	@Test
	void shouldLinkEachOrganisationToItsCurrentLocationsAndFindEveryOrganisationAtASharedOne() {
		OrganisationId a = named("Noordzee Apparel B.V.");
		OrganisationId b = named("Zuiderzee Fashion Group N.V.");

		List<SourcingLink> ofA = sourcing.links(a);
		List<SourcingLink> both = sourcing.links(List.of(a, b));

		assertThat(ofA).isNotEmpty().allSatisfy(l -> assertThat(l.organisationId()).isEqualTo(a));
		assertThat(ofA).extracting(l -> l.facility().facilityId()).doesNotHaveDuplicates();
		assertThat(both).hasSizeGreaterThan(ofA.size());
		SourcingLink shared = both.stream()
			.filter(l -> l.organisationId().equals(b))
			.filter(l -> ofA.stream().anyMatch(x -> x.facility().facilityId().equals(l.facility().facilityId())))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the demo companies share no location"));
		assertThat(sourcing.linksAt(shared.facility().facilityId())).extracting(SourcingLink::organisationId)
			.containsExactlyInAnyOrder(a, b);
		SourcingLink onlyA = ofA.stream()
			.filter(l -> both.stream()
				.noneMatch(x -> x.organisationId().equals(b) && x.facility().facilityId().equals(l.facility().facilityId())))
			.findFirst()
			.orElseThrow();
		assertThat(sourcing.linksAt(onlyA.facility().facilityId())).extracting(SourcingLink::organisationId)
			.containsExactly(a);
	}

	private OrganisationId named(String name) {
		return organisations.all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
	}

}
