package org.imvo.platform.facility.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.imvo.platform.facility.FacilityId;
import org.imvo.platform.facility.ImportId;
import org.imvo.platform.facility.ImportSummary;
import org.imvo.platform.facility.LocationFilter;
import org.imvo.platform.facility.LocationListRejected;
import org.imvo.platform.facility.LocationLists;
import org.imvo.platform.facility.RowOutcome;
import org.imvo.platform.facility.RowsPage;
import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.shared.OrganisationId;
import org.imvo.platform.shared.web.ApiExceptionHandler;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Location lists through the API: upload (202, the import runs in the background), the import's
 * state and rows, review decisions, and the organisation's current production locations. Access:
 * routes with {@code {orgId}} are guarded centrally, routes with {@code {importId}} by
 * {@link FacilityGuard}.
 */
@RestController
@RequestMapping("/api/v1")
class LocationListApiController {

	private final LocationLists lists;

	private final FacilityGuard guard;

	LocationListApiController(LocationLists lists, FacilityGuard guard) {
		this.lists = lists;
		this.guard = guard;
	}

	/**
	 * Uploads a list (CSV or XLSX, multipart field {@code file}) of the caller's organisation. The
	 * file is checked at once (an unreadable file is answered with a problem and nothing is stored);
	 * the import then runs in the background: follow it at the returned location.
	 */
	@PostMapping(path = "/organisations/{orgId}/location-lists", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<FacilityJson.Accepted> upload(@PathVariable String orgId, @RequestPart("file") MultipartFile file) {
		OrganisationId organisation = OrganisationId.parse(orgId);
		CurrentUser user = guard.requireUpload(organisation);
		ImportId id = withTemporaryCopy(file, path -> lists.upload(organisation, user.username(),
				file.getOriginalFilename(), file.getContentType(), path));
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + id))
			.body(new FacilityJson.Accepted(id.toString()));
	}

	/** The organisation's uploaded lists, newest first. */
	@GetMapping("/organisations/{orgId}/location-lists")
	List<FacilityJson.Import> history(@PathVariable String orgId) {
		return lists.history(OrganisationId.parse(orgId)).stream().map(FacilityJson.Import::of).toList();
	}

	/** The organisation's current production locations (those of its latest committed list). */
	@GetMapping("/organisations/{orgId}/facilities")
	List<FacilityJson.Location> facilities(@PathVariable String orgId,
			@RequestParam(required = false) String country, @RequestParam(required = false) Integer tier,
			@RequestParam(required = false) String q) {
		return lists.currentLocations(OrganisationId.parse(orgId), new LocationFilter(country, tier, q))
			.stream()
			.map(FacilityJson.Location::of)
			.toList();
	}

	/** The state of an import: {@code status}, {@code rowsTotal}, {@code rowsDone}, counts per outcome. */
	@GetMapping("/imports/{importId}")
	FacilityJson.Import get(@PathVariable String importId) {
		return FacilityJson.Import.of(lists.get(ImportId.parse(importId)));
	}

	/**
	 * The rows of an import in file order, each with its outcome; REVIEW rows with their ranked
	 * candidates. All rows unless {@code size} is given; the total is in {@code X-Total-Count}.
	 */
	@GetMapping("/imports/{importId}/rows")
	ResponseEntity<List<FacilityJson.Row>> rows(@PathVariable String importId,
			@RequestParam(required = false) RowOutcome outcome, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size) {
		RowsPage rows = lists.rows(ImportId.parse(importId), outcome, page, size == null ? 200_000 : size);
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(rows.total()))
			.body(rows.rows().stream().map(FacilityJson.Row::of).toList());
	}

	/** The original file, exactly as it was uploaded. */
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

	/**
	 * Decides a REVIEW row: {@code {"facilityId": "..."}} confirms that candidate, {@code {"facilityId":
	 * null}} says none of them is the location (a new facility). Remembered for the organisation.
	 */
	@PostMapping("/imports/{importId}/rows/{rowNumber}/decision")
	FacilityJson.Row decide(@PathVariable String importId, @PathVariable String rowNumber,
			@RequestBody FacilityJson.Decision body) {
		ImportId id = ImportId.parse(importId);
		CurrentUser user = guard.requireDecide(lists.organisationOf(id));
		FacilityId chosen = body.facilityId() == null || body.facilityId().isBlank() ? null
				: FacilityId.of(body.facilityId());
		return FacilityJson.Row.of(lists.decide(id, rowNumber(rowNumber), chosen, user.username()));
	}

	/** Runs a FAILED import again. */
	@PostMapping("/imports/{importId}/rerun")
	ResponseEntity<FacilityJson.Import> rerun(@PathVariable String importId) {
		ImportId id = ImportId.parse(importId);
		CurrentUser user = guard.requireDecide(lists.organisationOf(id));
		lists.rerun(id, user.username());
		return ResponseEntity.accepted().body(FacilityJson.Import.of(lists.get(id)));
	}

	@ExceptionHandler(LocationListRejected.class)
	ProblemDetail rejected(LocationListRejected ex) {
		ProblemDetail problem = ApiExceptionHandler.problem(HttpStatus.UNPROCESSABLE_CONTENT, "location-list-unreadable",
				"The file cannot be read as a location list", ex.getMessage());
		problem.setProperty("code", ex.code());
		return problem;
	}

	static int rowNumber(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw new org.imvo.platform.shared.NotFoundException("row", text);
		}
	}

	/** Runs {@code action} on a temporary copy of the upload, deleted afterwards. */
	static <T> T withTemporaryCopy(MultipartFile file, java.util.function.Function<Path, T> action) {
		Path path = null;
		try {
			path = Files.createTempFile("imvo-upload-", ".list");
			file.transferTo(path);
			return action.apply(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (path != null) {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					// a temporary file; the operating system cleans up
				}
			}
		}
	}

}
