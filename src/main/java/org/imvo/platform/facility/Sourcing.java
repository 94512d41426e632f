package org.imvo.platform.facility;

import java.util.Collection;
import java.util.List;

import org.imvo.platform.facility.internal.FacilityRepository;
import org.imvo.platform.shared.OrganisationId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sources where, for the modules that reason across organisations: risk screening (how many
 * covenant members share a location) and the public aggregated list. The answers link
 * organisations to facilities and are therefore confidential; callers must aggregate them before
 * anything reaches another organisation or the public.
 */
@Service
public class Sourcing {

	private final FacilityRepository facilities;

	Sourcing(FacilityRepository facilities) {
		this.facilities = facilities;
	}

	/**
	 * The current sourcing links of the given organisations: one per organisation and active
	 * facility of its current list (a location listed twice counts once, at its lowest tier).
	 */
	@Transactional(readOnly = true)
	public List<SourcingLink> links(Collection<OrganisationId> organisations) {
		if (organisations.isEmpty()) {
			return List.of();
		}
		return facilities.sourcingLinks(organisations);
	}

	/** The current sourcing links of one organisation. */
	@Transactional(readOnly = true)
	public List<SourcingLink> links(OrganisationId organisation) {
		return facilities.sourcingLinks(List.of(organisation));
	}

	/**
	 * The current sourcing links at a facility (given by its id or an old id of a merged facility),
	 * across all organisations; empty when the facility is unknown.
	 */
	@Transactional(readOnly = true)
	public List<SourcingLink> linksAt(FacilityId facility) {
		return facilities.sourcingLinksAt(facility);
	}

}
