package org.imvo.platform.facility.web;

import java.util.List;

import org.imvo.platform.facility.FacilityId;
import org.imvo.platform.facility.FacilityRegistry;
import org.imvo.platform.facility.ImportId;
import org.imvo.platform.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The facility registry through the API. Anyone signed in may look a facility up by id (its own
 * attributes are not confidential; an old id of a merged facility resolves to the survivor); which
 * organisations source there, provenance and history only the secretariat sees. Search and the
 * corrections (merge, undo a merge, separate a location) are the secretariat's.
 */
@RestController
@RequestMapping("/api/v1")
class FacilityApiController {

	private final FacilityRegistry registry;

	private final FacilityGuard guard;

	FacilityApiController(FacilityRegistry registry, FacilityGuard guard) {
		this.registry = registry;
		this.guard = guard;
	}

	/** A facility by id (or old id). The secretariat gets its details: who sources there, provenance, history. */
	@GetMapping("/facilities/{facilityId}")
	Object get(@PathVariable String facilityId) {
		FacilityId id = FacilityId.parse(facilityId);
		if (guard.viewer().isSecretariat()) {
			return FacilityJson.Details.of(registry.details(id));
		}
		return FacilityJson.Facility.of(registry.resolve(id));
	}

	/** Secretariat: active facilities by name, address or id ({@code q}), optionally in one country. */
	@GetMapping("/facilities")
	List<FacilityJson.Facility> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String country, @RequestParam(defaultValue = "50") int limit) {
		guard.requireSecretariat();
		return registry.search(q, country, limit).stream().map(FacilityJson.Facility::of).toList();
	}

	/** Secretariat: merges {@code absorbedFacilityId} into this facility; the absorbed id becomes an alias. */
	@PostMapping("/facilities/{facilityId}/merge")
	FacilityJson.Facility merge(@PathVariable String facilityId, @RequestBody FacilityJson.Merge body) {
		CurrentUser user = guard.requireSecretariat();
		FacilityId survivor = FacilityId.parse(facilityId);
		if (body.absorbedFacilityId() == null) {
			throw new IllegalArgumentException("Name the facility to merge into this one (absorbedFacilityId).");
		}
		registry.merge(survivor, FacilityId.of(body.absorbedFacilityId()), body.reason(), user.username());
		return FacilityJson.Facility.of(registry.resolve(survivor));
	}

	/** Secretariat: undoes the merge that absorbed this facility; it is active again with its own id. */
	@PostMapping("/facilities/{facilityId}/unmerge")
	FacilityJson.Facility unmerge(@PathVariable String facilityId, @RequestBody FacilityJson.Reason body) {
		CurrentUser user = guard.requireSecretariat();
		FacilityId absorbed = FacilityId.parse(facilityId);
		registry.unmerge(absorbed, body.reason(), user.username());
		return FacilityJson.Facility.of(registry.resolve(absorbed));
	}

	/** Secretariat: separates a wrongly matched location (a row of a committed list) into a new facility. */
	@PostMapping("/imports/{importId}/rows/{rowNumber}/separate")
	ResponseEntity<FacilityJson.Separated> separate(@PathVariable String importId, @PathVariable String rowNumber,
			@RequestBody FacilityJson.Reason body) {
		CurrentUser user = guard.requireSecretariat();
		FacilityId created = registry.separate(ImportId.parse(importId), LocationListApiController.rowNumber(rowNumber),
				body.reason(), user.username());
		return ResponseEntity.status(201).body(new FacilityJson.Separated(created.value()));
	}

}
