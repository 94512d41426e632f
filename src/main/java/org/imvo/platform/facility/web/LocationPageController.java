package org.imvo.platform.facility.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.imvo.platform.facility.FacilityId;
import org.imvo.platform.facility.ImportId;
import org.imvo.platform.facility.ImportSummary;
import org.imvo.platform.facility.LocationFilter;
import org.imvo.platform.facility.LocationListRejected;
import org.imvo.platform.facility.LocationLists;
import org.imvo.platform.facility.RowOutcome;
import org.imvo.platform.facility.RowsPage;
import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.shared.BusinessRuleException;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a company's production locations: its current list with filters, the upload form and
 * the list history; an import with its live progress and rows; and the review screen.
 */
@Controller
class LocationPageController {

	static final int ROWS_PER_PAGE = 100;

	static final int REVIEWS_PER_PAGE = 10;

	private final LocationLists lists;

	private final Organisations organisations;

	private final FacilityGuard guard;

	LocationPageController(LocationLists lists, Organisations organisations, FacilityGuard guard) {
		this.lists = lists;
		this.organisations = organisations;
		this.guard = guard;
	}

	// ------------------------------------------------------------------ production locations

	@GetMapping("/organisations/{orgId}/locations")
	String locations(@PathVariable String orgId, @RequestParam(required = false) String country,
			@RequestParam(required = false) String tier, @RequestParam(required = false) String q, Model model) {
		OrganisationId organisation = OrganisationId.parse(orgId);
		Integer tierValue = parseTier(tier);
		model.addAttribute("organisation", organisations.get(organisation));
		model.addAttribute("locations",
				lists.currentLocations(organisation, new LocationFilter(country, tierValue, q)));
		model.addAttribute("filterCountry", country == null ? "" : country);
		model.addAttribute("filterTier", tierValue);
		model.addAttribute("filterText", q == null ? "" : q);
		model.addAttribute("filtered", (country != null && !country.isBlank()) || tierValue != null
				|| (q != null && !q.isBlank()));
		model.addAttribute("countries", lists.currentCountries(organisation));
		model.addAttribute("tiers", List.of(1, 2, 3, 4));
		List<ImportSummary> history = lists.history(organisation);
		model.addAttribute("history", history);
		model.addAttribute("current", history.stream().filter(ImportSummary::current).findFirst().orElse(null));
		model.addAttribute("mayUpload", guard.mayUpload(organisation));
		return "facility/locations";
	}

	@PostMapping("/organisations/{orgId}/locations")
	String upload(@PathVariable String orgId, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		OrganisationId organisation = OrganisationId.parse(orgId);
		CurrentUser user = guard.requireUpload(organisation);
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			return uploadError(orgId, model, response, "facility.upload.choose", null);
		}
		try {
			ImportId id = LocationListApiController.withTemporaryCopy(file, path -> lists.upload(organisation,
					user.username(), file.getOriginalFilename(), file.getContentType(), path));
			redirect.addFlashAttribute("flash", "facility.flash.uploaded");
			return "redirect:/imports/" + id;
		}
		catch (LocationListRejected ex) {
			return uploadError(orgId, model, response, "facility.upload.rejected", ex.getMessage());
		}
	}

	private String uploadError(String orgId, Model model, HttpServletResponse response, String key, String detail) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("uploadError", key);
		model.addAttribute("uploadErrorDetail", detail);
		return locations(orgId, null, null, null, model);
	}

	// ------------------------------------------------------------------ an import

	@GetMapping("/imports/{importId}")
	String importPage(@PathVariable String importId, @RequestParam(required = false) String outcome,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ImportId id = ImportId.parse(importId);
		ImportSummary summary = lists.get(id);
		RowOutcome filter = parseOutcome(outcome);
		RowsPage rows = lists.rows(id, filter, page, ROWS_PER_PAGE);
		model.addAttribute("summary", summary);
		model.addAttribute("organisation", organisations.get(summary.organisationId()));
		model.addAttribute("rows", rows);
		model.addAttribute("outcome", filter);
		model.addAttribute("outcomes", RowOutcome.values());
		model.addAttribute("mayDecide", guard.mayDecide(summary.organisationId()));
		return "facility/import";
	}

	/** The progress panel alone, polled by htmx every second while the import runs. */
	@GetMapping("/imports/{importId}/progress")
	String progress(@PathVariable String importId, Model model, HttpServletResponse response) {
		ImportSummary summary = lists.get(ImportId.parse(importId));
		if (!summary.status().isPending()) {
			// the import ended: reload the page, which then shows the outcome and the rows
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("summary", summary);
		return "facility/import :: progressPanel";
	}

	@GetMapping("/imports/{importId}/review")
	String review(@PathVariable String importId, @RequestParam(defaultValue = "0") int page, Model model) {
		ImportId id = ImportId.parse(importId);
		ImportSummary summary = lists.get(id);
		model.addAttribute("summary", summary);
		model.addAttribute("organisation", organisations.get(summary.organisationId()));
		model.addAttribute("rows", lists.rows(id, RowOutcome.REVIEW, page, REVIEWS_PER_PAGE));
		model.addAttribute("mayDecide", guard.mayDecide(summary.organisationId()));
		return "facility/review";
	}

	@PostMapping("/imports/{importId}/rows/{rowNumber}/decision")
	String decide(@PathVariable String importId, @PathVariable String rowNumber,
			@RequestParam(required = false) String facilityId, @RequestParam(defaultValue = "0") int page,
			RedirectAttributes redirect) {
		ImportId id = ImportId.parse(importId);
		CurrentUser user = guard.requireDecide(lists.organisationOf(id));
		FacilityId chosen = facilityId == null || facilityId.isBlank() ? null : FacilityId.of(facilityId);
		try {
			lists.decide(id, LocationListApiController.rowNumber(rowNumber), chosen, user.username());
			redirect.addFlashAttribute("flash", chosen == null ? "facility.flash.decidedNew" : "facility.flash.confirmed");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flash", "facility.flash.alreadyDecided");
		}
		return "redirect:/imports/" + id + "/review" + (page > 0 ? "?page=" + page : "");
	}

	@PostMapping("/imports/{importId}/rerun")
	String rerun(@PathVariable String importId, RedirectAttributes redirect) {
		ImportId id = ImportId.parse(importId);
		CurrentUser user = guard.requireDecide(lists.organisationOf(id));
		lists.rerun(id, user.username());
		redirect.addFlashAttribute("flash", "facility.flash.rerun");
		return "redirect:/imports/" + id;
	}

	@GetMapping("/imports/{importId}/file")
	ResponseEntity<byte[]> file(@PathVariable String importId) {
		ImportId id = ImportId.parse(importId);
		ImportSummary summary = lists.get(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(summary.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(lists.originalFile(id));
	}

	static Integer parseTier(String tier) {
		if (tier == null || tier.isBlank()) {
			return null;
		}
		try {
			int value = Integer.parseInt(tier.strip());
			return value >= 1 && value <= 4 ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static RowOutcome parseOutcome(String outcome) {
		if (outcome == null || outcome.isBlank()) {
			return null;
		}
		return Arrays.stream(RowOutcome.values()).filter(o -> o.name().equalsIgnoreCase(outcome.strip())).findFirst()
			.orElse(null);
	}

}
