package org.imvo.platform.facility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.imvo.platform.facility.internal.FacilityIds;
import org.imvo.platform.facility.internal.FacilityRepository;
import org.imvo.platform.facility.internal.FacilityRepository.FacilityRecord;
import org.imvo.platform.facility.internal.ImportProcessor;
import org.imvo.platform.facility.internal.ImportRepository;
import org.imvo.platform.facility.internal.ImportRepository.Claim;
import org.imvo.platform.facility.internal.ImportRepository.ListRecord;
import org.imvo.platform.facility.internal.ImportRepository.RowRecord;
import org.imvo.platform.facility.internal.ImportWorker;
import org.imvo.platform.facility.internal.RegistryIndex;
import org.imvo.platform.facility.listfile.ListSummary;
import org.imvo.platform.facility.listfile.LocationListException;
import org.imvo.platform.facility.listfile.LocationListReader;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.shared.AuditableEvent;
import org.imvo.platform.shared.BusinessRuleException;
import org.imvo.platform.shared.NotFoundException;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Location lists: uploads, their import jobs and rows, review decisions, and an organisation's
 * current production locations.
 * <p>
 * Permissions are the caller's job (an organisation's lists are its confidential data: see
 * {@code identity.OrganisationAccess}); this facade publishes an {@link AuditableEvent} for every
 * write — one per list, not per row.
 * <p>
 * <b>REVIEW rows.</b> A row the matcher cannot decide is committed with the list as REVIEW, linked
 * to no facility, and is not one of the organisation's current locations until a person decides:
 * confirming a candidate makes it MATCHED, "none of these" creates a NEW facility; either way the
 * decision is remembered for the organisation (a replacement list does not ask again) and the row
 * joins the current locations if its list is the current one. Creating provisional facilities for
 * undecided rows would put likely duplicates into the registry and into other companies' matches.
 */
@Service
public class LocationLists {

	private final ImportRepository lists;

	private final FacilityRepository facilities;

	private final LocationListReader reader;

	private final ImportWorker worker;

	private final ImportProcessor processor;

	private final RegistryIndex index;

	private final FacilityIds ids;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LocationLists(ImportRepository lists, FacilityRepository facilities, LocationListReader reader,
			ImportWorker worker, ImportProcessor processor, RegistryIndex index, FacilityIds ids,
			Organisations organisations, ApplicationEventPublisher events, Clock clock) {
		this.organisations = organisations;
		this.lists = lists;
		this.facilities = facilities;
		this.reader = reader;
		this.worker = worker;
		this.processor = processor;
		this.index = index;
		this.ids = ids;
		this.events = events;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ upload

	/**
	 * Checks that {@code file} is a readable location list, stores it with a QUEUED import job and
	 * lets a worker take it once the transaction commits.
	 *
	 * @throws LocationListRejected when the file cannot be read as a list; nothing is stored then
	 */
	@Transactional
	public ImportId upload(OrganisationId organisation, String uploadedBy, String fileName, String contentType,
			Path file) {
		ImportId id = store(organisation, uploadedBy, fileName, contentType, file);
		worker.kick();
		return id;
	}

	/**
	 * Uploads and imports a list at once, in the caller's thread and transaction, through the same
	 * steps a worker takes (the demo uses it).
	 *
	 * @throws LocationListRejected when the file cannot be read as a list
	 * @throws IllegalStateException when the import fails
	 */
	@Transactional
	public ImportSummary importNow(OrganisationId organisation, String uploadedBy, String fileName, byte[] content) {
		Path file = null;
		try {
			file = Files.createTempFile("imvo-upload-", ".list");
			Files.write(file, content);
			ImportId id = store(organisation, uploadedBy, fileName, null, file);
			Claim claim = worker.claim(id.value());
			ImportProcessor.Result result = processor.process(claim, () -> false);
			if (result != ImportProcessor.Result.DONE) {
				ImportSummary summary = get(id);
				throw new IllegalStateException("Import of " + fileName + " ended " + result + ": "
						+ summary.errorMessage());
			}
			return get(id);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(file);
		}
	}

	private ImportId store(OrganisationId organisation, String uploadedBy, String fileName, String contentType,
			Path file) {
		String name = cleanFileName(fileName);
		ListSummary summary;
		try {
			summary = reader.inspect(file, name);
		}
		catch (LocationListException ex) {
			throw new LocationListRejected(ex.code(), ex.getMessage());
		}
		ImportId id = ImportId.random();
		Instant now = clock.instant();
		lists.insertList(id.value(), organisation, uploadedBy, name, contentType, sha256(file), summary.format(),
				summary.encoding(), summary.headers(), file, now);
		lists.transition(id.value(), null, ImportStatus.QUEUED, uploadedBy, "Uploaded " + name, now);
		events.publishEvent(new AuditableEvent("location-list.uploaded", "location-list", id.toString(), organisation,
				"Uploaded location list '" + name + "' (" + summary.format() + ") for import"));
		return id;
	}

	/** Puts a FAILED import back into the queue, to run again from the start. */
	@Transactional
	public void rerun(ImportId id, String actor) {
		ListRecord list = list(id);
		if (!lists.requeueFailed(id.value())) {
			throw new BusinessRuleException("import.not-failed",
					"Only a failed import can run again; this one is " + list.status() + ".");
		}
		lists.transition(id.value(), ImportStatus.FAILED, ImportStatus.FAILED.moveTo(ImportStatus.QUEUED), actor,
				"Run again on request", clock.instant());
		events.publishEvent(new AuditableEvent("location-list.rerun", "location-list", id.toString(),
				list.organisationId(), "Import of '" + list.fileName() + "' queued to run again"));
		worker.kick();
	}

	// ------------------------------------------------------------------ reads

	/** The organisation an import belongs to (for access checks). */
	@Transactional(readOnly = true)
	public OrganisationId organisationOf(ImportId id) {
		return lists.organisationOf(id.value()).orElseThrow(() -> new NotFoundException("import", id));
	}

	@Transactional(readOnly = true)
	public ImportSummary get(ImportId id) {
		ListRecord list = list(id);
		Optional<UUID> current = lists.currentList(list.organisationId());
		return summary(list, current.map(list.id()::equals).orElse(false));
	}

	/** The organisation's lists, newest first. */
	@Transactional(readOnly = true)
	public List<ImportSummary> history(OrganisationId organisation) {
		Optional<UUID> current = lists.currentList(organisation);
		return lists.lists(organisation)
			.stream()
			.map(l -> summary(l, current.map(l.id()::equals).orElse(false)))
			.toList();
	}

	/** The organisation's current list, if it has committed one. */
	@Transactional(readOnly = true)
	public Optional<ImportSummary> currentList(OrganisationId organisation) {
		return lists.currentList(organisation).map(id -> summary(lists.list(id).orElseThrow(), true));
	}

	/**
	 * A page of an import's rows in file order.
	 *
	 * @param outcome only rows with this outcome, or null for all
	 * @param page 0-based
	 */
	@Transactional(readOnly = true)
	public RowsPage rows(ImportId id, RowOutcome outcome, int page, int size) {
		ListRecord list = list(id);
		int safeSize = Math.max(1, Math.min(size, 200_000));
		int safePage = Math.max(0, page);
		List<RowRecord> records = lists.rows(id.value(), outcome, safePage * safeSize, safeSize);
		long total = lists.countRows(id.value(), outcome);
		return new RowsPage(rows(records, list.headers()), total, safePage, safeSize);
	}

	@Transactional(readOnly = true)
	public ImportRow row(ImportId id, int rowNumber) {
		ListRecord list = list(id);
		RowRecord record = lists.row(id.value(), rowNumber).orElseThrow(() -> new NotFoundException("row", rowNumber));
		return rows(List.of(record), list.headers()).get(0);
	}

	/** The original file as uploaded. */
	@Transactional(readOnly = true)
	public byte[] originalFile(ImportId id) {
		list(id);
		return lists.content(id.value());
	}

	/** The organisation's current production locations. */
	@Transactional(readOnly = true)
	public List<Location> currentLocations(OrganisationId organisation, LocationFilter filter) {
		String country = filter.countryCode() == null || filter.countryCode().isBlank() ? null
				: filter.countryCode().strip().toUpperCase(Locale.ROOT);
		return lists.currentLocations(organisation, country, filter.tier(), filter.text())
			.stream()
			.map(l -> new Location(new FacilityId(l.facilityId()), l.name(), l.address(), l.country(), l.lat(),
					l.lng(), l.tier(), l.sector(), l.productType(), l.listedName(), l.listedAddress(),
					new ImportId(l.listId()), l.rowNumber()))
			.toList();
	}

	/** The countries of the organisation's current locations (for a filter). */
	@Transactional(readOnly = true)
	public List<String> currentCountries(OrganisationId organisation) {
		return lists.currentCountries(organisation);
	}

	/** Every organisation's current list that has rows awaiting review (for the secretariat). */
	@Transactional(readOnly = true)
	public List<ListOverview> pendingReviews() {
		return overviews(lists.pendingReviews(null));
	}

	/** Imports that failed in the last seven days (for the secretariat). */
	@Transactional(readOnly = true)
	public List<ListOverview> recentFailures() {
		return overviews(lists.failedSince(clock.instant().minus(java.time.Duration.ofDays(7)), null));
	}

	private List<ListOverview> overviews(List<ImportRepository.Attention> attention) {
		if (attention.isEmpty()) {
			return List.of();
		}
		Map<OrganisationId, String> names = new java.util.HashMap<>();
		organisations.all().forEach(o -> names.put(o.id(), o.name()));
		return attention.stream()
			.map(a -> new ListOverview(new ImportId(a.id()), a.organisationId(),
					names.getOrDefault(a.organisationId(), "?"), a.fileName(), a.at(), a.count(), a.errorMessage()))
			.toList();
	}

	// ------------------------------------------------------------------ review

	/**
	 * A person's decision on a REVIEW row: {@code chosen} is one of the row's candidates, or null for
	 * "none of these" (a new facility). Applies to every REVIEW row of the list that describes the
	 * location the same way, and is remembered for the organisation.
	 *
	 * @return the decided row
	 */
	@Transactional
	public ImportRow decide(ImportId id, int rowNumber, FacilityId chosen, String decidedBy) {
		index.awaitReady();
		facilities.lockRegistryShared();
		ListRecord list = list(id);
		if (list.status() != ImportStatus.DONE) {
			throw new BusinessRuleException("import.not-done",
					"Rows can be decided once the import is done; it is " + list.status() + ".");
		}
		OrganisationId organisation = list.organisationId();
		facilities.lockOrganisation(organisation);
		RowRecord row = lists.lockRow(id.value(), rowNumber).orElseThrow(() -> new NotFoundException("row", rowNumber));
		if (row.outcome() != RowOutcome.REVIEW) {
			throw new BusinessRuleException("import.row-decided",
					"Row " + rowNumber + " needs no decision: it is " + row.outcome() + ".");
		}
		List<RowRecord> same = lists.lockReviewRows(id.value(), row.fingerprint());
		boolean current = lists.currentList(organisation).map(id.value()::equals).orElse(false);
		Instant now = clock.instant();
		long key;
		String summary;
		if (chosen != null) {
			FacilityRecord facility = activeFacility(chosen);
			boolean offered = row.candidates()
				.stream()
				.anyMatch(c -> active(c.key()).map(f -> f.key() == facility.key()).orElse(false));
			if (!offered) {
				throw new IllegalArgumentException(
						"Choose one of the candidates shown for row " + rowNumber + ", or 'none of these'.");
			}
			key = facility.key();
			for (RowRecord r : same) {
				lists.decide(r.id(), RowOutcome.MATCHED, key, false,
						"Confirmed by " + decidedBy + " as facility " + facility.view().facilityId() + ".", decidedBy,
						now);
			}
			summary = "confirmed facility " + facility.view().facilityId();
		}
		else {
			key = facilities.allocateKeys(1).get(0);
			FacilityId fresh = ids.next(row.countryCode());
			for (int i = 0; i < same.size(); i++) {
				RowRecord r = same.get(i);
				lists.decide(r.id(), RowOutcome.NEW, key, i == 0,
						"None of the candidates, said " + decidedBy + ": a new facility " + fresh + ".", decidedBy, now);
			}
			facilities.insertFromRow(key, fresh, same.get(0).id(), now);
			index.addInTransaction(List.of(facilities.byKey(key).orElseThrow().registered()));
			summary = "a new facility " + fresh;
		}
		lists.rememberDecision(organisation, row.fingerprint(), key, decidedBy, now, id.value(), rowNumber);
		if (current) {
			// a decided row of the current list is one of the current locations from now on
			events.publishEvent(new CurrentLocationsChanged(organisation, id));
		}
		events.publishEvent(new AuditableEvent("location-list.row-decided", "location-list", id.toString(),
				organisation, "Review of row " + rowNumber + (same.size() > 1 ? " (and " + (same.size() - 1)
						+ " rows written the same way)" : "") + " of '" + list.fileName() + "': " + summary));
		return row(id, rowNumber);
	}

	// ------------------------------------------------------------------ helpers

	private ListRecord list(ImportId id) {
		return lists.list(id.value()).orElseThrow(() -> new NotFoundException("import", id));
	}

	private ImportSummary summary(ListRecord list, boolean current) {
		Map<RowOutcome, Long> counts = lists.counts(list.id());
		return new ImportSummary(new ImportId(list.id()), list.organisationId(), list.fileName(), list.contentType(),
				list.sizeBytes(), list.sha256(), list.format(), list.uploadedBy(), list.status(), list.rowsTotal(),
				list.rowsDone(), list.errorCode(), list.errorMessage(), list.createdAt(), list.startedAt(),
				list.finishedAt(), list.committedAt(), counts,
				list.status() == ImportStatus.DONE ? counts.get(RowOutcome.REVIEW) : 0, current);
	}

	private List<ImportRow> rows(List<RowRecord> records, List<String> headers) {
		Map<Long, Optional<FacilityRecord>> candidates = new LinkedHashMap<>();
		for (RowRecord record : records) {
			record.candidates().forEach(c -> candidates.computeIfAbsent(c.key(), this::active));
		}
		List<ImportRow> rows = new ArrayList<>(records.size());
		for (RowRecord r : records) {
			List<CandidateView> views = new ArrayList<>();
			java.util.Set<Long> seen = new java.util.HashSet<>();
			for (ImportRepository.StoredCandidate c : r.candidates()) {
				candidates.get(c.key()).filter(f -> seen.add(f.key())).ifPresent(f -> views.add(new CandidateView(
						f.view().facilityId(), f.view().name(), f.view().address(), f.view().countryCode(), c.score(),
						c.reasons())));
			}
			rows.add(new ImportRow(r.rowNumber(), r.outcome(), r.facilityId(), r.score(), r.messages(), views,
					r.name(), r.address(), r.country(), r.countryCode(), r.tier(), inFileOrder(r.raw(), headers),
					r.decidedBy(), r.decidedAt()));
		}
		return rows;
	}

	/** The raw cells in the order of the file's columns (the database keeps them unordered). */
	private static Map<String, String> inFileOrder(Map<String, String> raw, List<String> headers) {
		Map<String, String> ordered = new LinkedHashMap<>();
		for (String header : headers) {
			if (raw.containsKey(header)) {
				ordered.put(header, raw.get(header));
			}
		}
		raw.forEach(ordered::putIfAbsent);
		return ordered;
	}

	/** The facility with this key, or the one it was merged into. */
	private Optional<FacilityRecord> active(long key) {
		Optional<FacilityRecord> facility = facilities.byKey(key);
		for (int hops = 0; facility.isPresent() && facility.get().mergedInto() != null && hops < 100; hops++) {
			facility = facilities.byKey(facility.get().mergedInto());
		}
		return facility;
	}

	private FacilityRecord activeFacility(FacilityId id) {
		Optional<FacilityRecord> facility = facilities.byId(id);
		if (facility.isEmpty()) {
			throw new IllegalArgumentException("There is no facility " + id + ".");
		}
		return active(facility.get().key()).orElseThrow();
	}

	static String cleanFileName(String fileName) {
		String name = fileName == null ? "" : fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}]", "").strip();
		if (name.isEmpty()) {
			name = "locations";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a temporary file; the operating system cleans up
			}
		}
	}

}
