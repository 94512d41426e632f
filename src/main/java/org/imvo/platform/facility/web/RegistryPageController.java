package org.imvo.platform.facility.web;

import org.imvo.platform.facility.FacilityId;
import org.imvo.platform.facility.FacilityRegistry;
import org.imvo.platform.facility.ImportId;
import org.imvo.platform.facility.LocationLists;
import org.imvo.platform.facility.ResolvedFacility;
import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.shared.BusinessRuleException;
import org.imvo.platform.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The facility registry pages: the secretariat's search, a facility's page (its own attributes for
 * everyone signed in; who sources there, provenance, history and the corrections for the secretariat).
 */
@Controller
class RegistryPageController {

	private final FacilityRegistry registry;

	private final LocationLists lists;

	private final FacilityGuard guard;

	RegistryPageController(FacilityRegistry registry, LocationLists lists, FacilityGuard guard) {
		this.registry = registry;
		this.lists = lists;
		this.guard = guard;
	}

	@GetMapping("/registry")
	String registry(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			Model model) {
		guard.requireSecretariat();
		boolean searched = (q != null && !q.isBlank()) || (country != null && !country.isBlank());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("country", country == null ? "" : country);
		model.addAttribute("searched", searched);
		model.addAttribute("results", searched ? registry.search(q, country, 100) : java.util.List.of());
		model.addAttribute("size", registry.size());
		model.addAttribute("pendingReviews", lists.pendingReviews());
		model.addAttribute("failed", lists.recentFailures());
		return "facility/registry";
	}

	@GetMapping("/facilities/{facilityId}")
	String facility(@PathVariable String facilityId, Model model) {
		FacilityId id = FacilityId.parse(facilityId);
		CurrentUser viewer = guard.viewer();
		if (viewer.isSecretariat()) {
			var details = registry.details(id);
			model.addAttribute("resolved", details.resolved());
			model.addAttribute("details", details);
		}
		else {
			model.addAttribute("resolved", registry.resolve(id));
		}
		model.addAttribute("secretariat", viewer.isSecretariat());
		return "facility/facility";
	}

	@PostMapping("/facilities/{facilityId}/merge")
	String merge(@PathVariable String facilityId, @RequestParam(required = false) String absorbedFacilityId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		CurrentUser user = guard.requireSecretariat();
		FacilityId survivor = FacilityId.parse(facilityId);
		try {
			FacilityId absorbed = FacilityId.of(absorbedFacilityId);
			registry.merge(survivor, absorbed, reason, user.username());
			redirect.addFlashAttribute("flash", "facility.flash.merged");
		}
		catch (IllegalArgumentException | BusinessRuleException | NotFoundException ex) {
			redirect.addFlashAttribute("mergeError", ex instanceof NotFoundException
					? "There is no facility " + absorbedFacilityId + "." : ex.getMessage());
			redirect.addFlashAttribute("mergeId", absorbedFacilityId);
			redirect.addFlashAttribute("mergeReason", reason);
		}
		return "redirect:/facilities/" + survivor;
	}

	@PostMapping("/facilities/{facilityId}/unmerge")
	String unmerge(@PathVariable String facilityId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		CurrentUser user = guard.requireSecretariat();
		FacilityId absorbed = FacilityId.parse(facilityId);
		ResolvedFacility before = registry.resolve(absorbed);
		try {
			registry.unmerge(absorbed, reason, user.username());
			redirect.addFlashAttribute("flash", "facility.flash.unmerged");
			return "redirect:/facilities/" + absorbed;
		}
		catch (IllegalArgumentException | BusinessRuleException ex) {
			redirect.addFlashAttribute("changeError", ex.getMessage());
			return "redirect:/facilities/" + before.facility().facilityId();
		}
	}

	@PostMapping("/imports/{importId}/rows/{rowNumber}/separate")
	String separate(@PathVariable String importId, @PathVariable String rowNumber,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String from,
			RedirectAttributes redirect) {
		CurrentUser user = guard.requireSecretariat();
		try {
			FacilityId created = registry.separate(ImportId.parse(importId),
					LocationListApiController.rowNumber(rowNumber), reason, user.username());
			redirect.addFlashAttribute("flash", "facility.flash.separated");
			return "redirect:/facilities/" + created;
		}
		catch (IllegalArgumentException | BusinessRuleException ex) {
			redirect.addFlashAttribute("changeError", ex.getMessage());
			return from != null && FacilityId.isValid(from) ? "redirect:/facilities/" + FacilityId.of(from)
					: "redirect:/imports/" + ImportId.parse(importId);
		}
	}

}
