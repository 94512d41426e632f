package org.imvo.platform.facility.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BooleanSupplier;

import jakarta.annotation.PreDestroy;
import org.imvo.platform.facility.CurrentLocationsChanged;
import org.imvo.platform.facility.FacilityId;
import org.imvo.platform.facility.ImportId;
import org.imvo.platform.facility.ImportStatus;
import org.imvo.platform.facility.RowOutcome;
import org.imvo.platform.facility.internal.ImportRepository.Claim;
import org.imvo.platform.facility.internal.ImportRepository.ListRecord;
import org.imvo.platform.facility.listfile.LocationListException;
import org.imvo.platform.facility.listfile.LocationListReader;
import org.imvo.platform.facility.listfile.LocationRow;
import org.imvo.platform.facility.matching.Candidate;
import org.imvo.platform.facility.matching.FacilityMatcher;
import org.imvo.platform.facility.matching.LocationQuery;
import org.imvo.platform.facility.matching.MatchOutcome;
import org.imvo.platform.facility.matching.MatchResult;
import org.imvo.platform.facility.matching.RegisteredFacility;
import org.imvo.platform.shared.AuditableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import job: reads the stored file, matches every row (remembered decisions first, then
 * the matcher), writes the rows in batches with their outcomes (progress is committed every batch,
 * so the UI sees it), and then commits the list whole in one final transaction: new facilities, the
 * list as the organisation's current one, DONE. If anything fails, the job is FAILED with
 * a message and its rows are removed; nothing else of the list ever took effect.
 * <p>
 * The job belongs to its claim (worker and attempt): every write checks the claim under the list's
 * row lock, so a worker that lost its job to the recovery (it was thought dead) stops without
 * writing anything more.
 */
@Component
public class ImportProcessor {

	/** Rows per batch: matched together, written with one COPY, one progress update. */
	static final int BATCH = 1_000;

	static final int MAX_NAME = 2_000;

	static final int MAX_ADDRESS = 4_000;

	private static final Logger log = LoggerFactory.getLogger(ImportProcessor.class);

	/** What became of a job. */
	public enum Result {
		DONE, FAILED,
		/** Given up without a result: the claim was lost, or the job went back to the queue. */
		ABANDONED
	}

	private final ImportRepository lists;

	private final FacilityRepository facilities;

	private final RegistryIndex index;

	private final FacilityIds ids;

	private final LocationListReader reader;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ForkJoinPool matchers = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));

	ImportProcessor(ImportRepository lists, FacilityRepository facilities, RegistryIndex index, FacilityIds ids,
			LocationListReader reader, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			Clock clock) {
		this.lists = lists;
		this.facilities = facilities;
		this.index = index;
		this.ids = ids;
		this.reader = reader;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	@PreDestroy
	void stopMatchers() {
		matchers.shutdownNow();
	}

	/**
	 * Runs the claimed job to its end.
	 *
	 * @param stopping asked between batches; when it says yes the job goes back to the queue
	 */
	public Result process(Claim claim, BooleanSupplier stopping) {
		index.awaitReady();
		Path file = null;
		try {
			file = Files.createTempFile("imvo-location-list-", ".upload");
			Path content = file;
			ListRecord list = transaction.execute(status -> {
				lists.deleteRows(claim.listId());
				lists.copyContent(claim.listId(), content);
				return lists.list(claim.listId()).orElseThrow();
			});
			long started = System.nanoTime();
			int total = reader.read(file, list.fileName(), row -> {
			});
			own(transaction.execute(status -> lists.progress(claim, total, 0, clock.instant())));
			long counted = System.nanoTime();
			Map<String, Long> decisions = transaction.execute(status -> lists.decisions(claim.organisationId()));
			Rows rows = new Rows(claim, decisions, stopping,
					TransactionSynchronizationManager.isActualTransactionActive());
			try {
				reader.read(file, list.fileName(), rows::accept);
				rows.finish();
			}
			finally {
				rows.close();
			}
			long matched = System.nanoTime();
			commit(claim, list, total);
			long committed = System.nanoTime();
			log.info("Import {} of {} rows done: read and counted in {} ms, matched and written in {} ms, committed in {} ms",
					claim.listId(), total, millis(started, counted), millis(counted, matched), millis(matched, committed));
			return Result.DONE;
		}
		catch (LocationListException ex) {
			fail(claim, ex.code(), ex.getMessage());
			return Result.FAILED;
		}
		catch (RuntimeException ex) {
			if (causedBy(ex, ClaimLost.class)) {
				log.warn("Import {} was taken from this worker (attempt {}); stopping it", claim.listId(),
						claim.attempt());
				return Result.ABANDONED;
			}
			if (causedBy(ex, Stopping.class)) {
				requeue(claim);
				return Result.ABANDONED;
			}
			String reference = UUID.randomUUID().toString();
			log.error("Import {} failed, reference {}", claim.listId(), reference, ex);
			fail(claim, "internal-error", "The list could not be imported because of an error on our side; nothing "
					+ "of it took effect. Try again later; if it keeps failing, tell the secretariat and quote "
					+ "reference " + reference + ".");
			return Result.FAILED;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					log.warn("Could not delete the temporary file {}", file, ex);
				}
			}
		}
	}

	// ------------------------------------------------------------------ matching, batch by batch

	/**
	 * Collects rows into batches and matches each batch in parallel; a writer then names the batch's
	 * new facilities and writes it. The writer runs on a thread of its own (so that batch k is written
	 * while batch k+1 is matched), or inline when the caller runs the import inside a transaction of
	 * its own (a synchronous import must write in that transaction).
	 */
	private final class Rows {

		/** Batches matched but not yet written, at most; bounds the memory a fast reader can fill. */
		private static final int IN_FLIGHT = 2;

		private final Claim claim;

		private final Map<String, Long> decisions;

		private final BooleanSupplier stopping;

		/**
		 * The new facilities of the list's earlier batches, so that a list naming a new factory twice
		 * (perhaps written differently) creates it once; matched against in parallel with the registry.
		 */
		private final FacilityMatcher listed = new FacilityMatcher();

		private final Map<Long, Integer> firstRowOf = new java.util.concurrent.ConcurrentHashMap<>();

		private final List<LocationRow> batch = new ArrayList<>(BATCH);

		private final ExecutorService writer;

		private final Deque<Future<?>> writing = new ArrayDeque<>();

		private int matched;

		private int written;

		Rows(Claim claim, Map<String, Long> decisions, BooleanSupplier stopping, boolean inline) {
			this.claim = claim;
			this.decisions = decisions;
			this.stopping = stopping;
			this.writer = inline ? null : Executors.newSingleThreadExecutor(runnable -> {
				Thread thread = new Thread(runnable, "facility-import-writer");
				thread.setDaemon(true);
				return thread;
			});
		}

		void accept(LocationRow row) {
			batch.add(row);
			if (batch.size() >= BATCH) {
				flush();
			}
		}

		/** Matches and hands on the rows collected so far. */
		void flush() {
			if (stopping.getAsBoolean()) {
				throw new Stopping();
			}
			if (batch.isEmpty()) {
				return;
			}
			long started = System.nanoTime();
			List<StagedRow> staged = new ArrayList<>(matchAll(batch));
			nameNewFacilities(staged);
			matched += batch.size();
			batch.clear();
			long took = System.nanoTime() - started;
			if (writer == null) {
				write(staged, took);
				return;
			}
			while (writing.size() >= IN_FLIGHT) {
				await(writing.removeFirst());
			}
			writing.addLast(writer.submit(() -> write(staged, took)));
		}

		/** Waits until every batch is written; rethrows what went wrong in the writer. */
		void finish() {
			try {
				flush();
				while (!writing.isEmpty()) {
					await(writing.removeFirst());
				}
			}
			finally {
				close();
			}
		}

		void close() {
			if (writer != null) {
				writer.shutdownNow();
			}
		}

		private void await(Future<?> future) {
			try {
				future.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new Stopping();
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}

		/**
		 * Gives the batch's new facilities their keys: a NEW row that names a facility of an earlier
		 * batch already has its key (found while matching); among the others, a row like an earlier row
		 * of the same batch shares its facility, every other row creates one. Then the batch's new
		 * facilities join those the next batches are matched against.
		 */
		private void nameNewFacilities(List<StagedRow> staged) {
			int fresh = (int) staged.stream()
				.filter(s -> s.outcome() == RowOutcome.NEW && s.facilityKey() == null)
				.count();
			if (fresh == 0) {
				return;
			}
			Iterator<Long> keys = transaction.execute(status -> facilities.allocateKeys(fresh)).iterator();
			FacilityMatcher batchNew = new FacilityMatcher();
			List<RegisteredFacility> created = new ArrayList<>();
			for (int i = 0; i < staged.size(); i++) {
				StagedRow row = staged.get(i);
				if (row.outcome() != RowOutcome.NEW || row.facilityKey() != null) {
					continue;
				}
				LocationQuery query = query(row.row());
				MatchResult earlier = batchNew.match(query);
				if (earlier.outcome() == MatchOutcome.MATCHED && earlier.matchedKey() != null) {
					staged.set(i, row.withNewFacility(earlier.matchedKey(), false, List.of("The same new facility as row "
							+ firstRowOf.get(earlier.matchedKey()) + " of this list.")));
					continue;
				}
				long key = keys.next();
				RegisteredFacility facility = new RegisteredFacility(key, query.name(), query.address(),
						query.countryCode(), query.lat(), query.lng());
				batchNew.add(facility);
				created.add(facility);
				firstRowOf.put(key, row.row().rowNumber());
				staged.set(i, row.withNewFacility(key, true, List.of("Not in the registry yet: a new facility.")));
			}
			created.forEach(listed::add);
		}

		/** Writes the rows and the progress in one short transaction. */
		private void write(List<StagedRow> staged, long matchNanos) {
			long named = System.nanoTime();
			written += staged.size();
			int done = written;
			transaction.executeWithoutResult(status -> {
				own(lists.progress(claim, null, done, clock.instant()));
				lists.copyRows(claim.listId(), staged);
			});
			if (log.isDebugEnabled()) {
				log.debug("Import {}: {} rows; batch matched and its new facilities named in {} ms, written in {} ms",
						claim.listId(), done, matchNanos / 1_000_000, millis(named, System.nanoTime()));
			}
		}

		private List<StagedRow> matchAll(List<LocationRow> rows) {
			try {
				return matchers.submit(() -> rows.parallelStream().map(this::match).toList()).get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new Stopping();
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}

		private StagedRow match(LocationRow row) {
			List<String> messages = new ArrayList<>();
			if (row.rejected()) {
				messages.addAll(row.errors());
				messages.addAll(row.warnings());
				return new StagedRow(row, null, RowOutcome.REJECTED, null, false, null, messages, List.of());
			}
			String problem = problem(row);
			if (problem != null) {
				messages.add(problem);
				messages.addAll(row.warnings());
				return new StagedRow(row, null, RowOutcome.REJECTED, null, false, null, messages, List.of());
			}
			messages.addAll(row.warnings());
			LocationQuery query = query(row);
			String fingerprint = FacilityMatcher.fingerprint(query);
			Long decided = decisions.get(fingerprint);
			if (decided != null) {
				messages.add("Linked as a person confirmed for this location before.");
				return new StagedRow(row, fingerprint, RowOutcome.MATCHED, decided, false, 1.0, messages, List.of());
			}
			MatchResult result = index.match(query);
			if (result.outcome() == MatchOutcome.MATCHED) {
				result.candidates()
					.stream()
					.filter(c -> c.key() == result.matchedKey())
					.findFirst()
					.map(Candidate::reasons)
					.filter(reasons -> !reasons.isEmpty())
					.ifPresent(reasons -> messages.add("Matched: " + String.join("; ", reasons)));
				return new StagedRow(row, fingerprint, RowOutcome.MATCHED, result.matchedKey(), false, result.score(),
						messages, List.of());
			}
			if (result.outcome() == MatchOutcome.REVIEW) {
				messages.add("Possibly one of " + result.candidates().size()
						+ " facilities in the registry; decide on the review screen.");
				return new StagedRow(row, fingerprint, RowOutcome.REVIEW, null, false, result.score(), messages,
						result.candidates());
			}
			StagedRow fresh = new StagedRow(row, fingerprint, RowOutcome.NEW, null, false, result.score(), messages,
					List.of());
			MatchResult earlier = listed.size() == 0 ? null : listed.match(query);
			if (earlier != null && earlier.outcome() == MatchOutcome.MATCHED && earlier.matchedKey() != null) {
				return fresh.withNewFacility(earlier.matchedKey(), false, List.of("The same new facility as row "
						+ firstRowOf.get(earlier.matchedKey()) + " of this list."));
			}
			return fresh;
		}

	}

	/** Why a row the reader accepted still cannot be a facility, or null. */
	private static String problem(LocationRow row) {
		if (row.name() == null || row.name().isBlank()) {
			return "The facility name is empty.";
		}
		if (row.address() == null || row.address().isBlank()) {
			return "The address is empty.";
		}
		if (row.countryCode() == null) {
			return "The country '" + (row.country() == null ? "" : row.country())
					+ "' is not recognised; use an ISO code (e.g. BD) or the country's name.";
		}
		if (row.name().length() > MAX_NAME) {
			return "The facility name is longer than " + MAX_NAME + " characters.";
		}
		if (row.address().length() > MAX_ADDRESS) {
			return "The address is longer than " + MAX_ADDRESS + " characters.";
		}
		if (!within(row.lat(), 90) || !within(row.lng(), 180)) {
			return "The coordinates are not a latitude and a longitude in decimal degrees.";
		}
		return null;
	}

	private static boolean within(Double degrees, double bound) {
		return degrees == null || !degrees.isNaN() && Math.abs(degrees) <= bound;
	}

	static LocationQuery query(LocationRow row) {
		return new LocationQuery(row.name().strip(), row.address().strip(), row.countryCode(), row.lat(), row.lng());
	}

	// ------------------------------------------------------------------ the final transaction

	private void commit(Claim claim, ListRecord list, int total) {
		transaction.executeWithoutResult(status -> {
			facilities.lockRegistryShared();
			facilities.lockOrganisation(claim.organisationId());
			own(lists.lockClaimed(claim));
			Instant now = clock.instant();
			Stopwatch watch = new Stopwatch();
			createFacilities(list.id(), now);
			watch.lap("facilities created");
			lists.followMerges(list.id());
			watch.lap("merges followed");
			long dangling = lists.danglingKeys(list.id());
			if (dangling > 0) {
				throw new IllegalStateException(dangling + " rows of list " + list.id()
						+ " point to facilities that do not exist (a facility was removed while the list was matched)");
			}
			watch.lap("links checked");
			lists.makeCurrent(claim.organisationId(), list.id(), now);
			watch.lap("current locations");
			lists.markDone(claim, total, now);
			lists.transition(list.id(), ImportStatus.RUNNING, ImportStatus.RUNNING.moveTo(ImportStatus.DONE),
					actor(claim), "Committed " + total + " rows", now);
			Map<RowOutcome, Long> counts = lists.counts(list.id());
			events.publishEvent(new AuditableEvent("location-list.committed", "location-list", list.id().toString(),
					claim.organisationId(),
					"Imported '" + list.fileName() + "' uploaded by " + list.uploadedBy() + ": " + total + " rows, "
							+ counts.get(RowOutcome.MATCHED) + " matched, " + counts.get(RowOutcome.NEW) + " new, "
							+ counts.get(RowOutcome.REVIEW) + " to review, " + counts.get(RowOutcome.REJECTED)
							+ " rejected"));
			events.publishEvent(new CurrentLocationsChanged(claim.organisationId(), new ImportId(list.id())));
			watch.lap("done, audited");
			index.addInTransaction(facilities.createdBy(list.id()));
			watch.lap("index");
			if (log.isDebugEnabled()) {
				log.debug("Import {} committed: {}", list.id(), watch);
			}
		});
	}

	/** Creates the list's new facilities with fresh public ids (retrying the rare id already taken). */
	private void createFacilities(UUID listId, Instant now) {
		Map<Long, String> pending = new HashMap<>(lists.creatingRows(listId));
		for (int round = 0; !pending.isEmpty(); round++) {
			if (round == 10) {
				throw new IllegalStateException("Could not find free facility ids for list " + listId);
			}
			Map<Long, FacilityId> proposed = ids.next(pending);
			facilities.insertFromRows(listId, proposed, now).forEach(pending::remove);
		}
	}

	// ------------------------------------------------------------------ endings

	private void fail(Claim claim, String code, String message) {
		transaction.executeWithoutResult(status -> {
			Instant now = clock.instant();
			if (lists.markFailed(claim, code, message, now)) {
				lists.deleteRows(claim.listId());
				lists.transition(claim.listId(), ImportStatus.RUNNING, ImportStatus.RUNNING.moveTo(ImportStatus.FAILED),
						actor(claim), code, now);
				events.publishEvent(new AuditableEvent("location-list.failed", "location-list",
						claim.listId().toString(), claim.organisationId(), "Import failed (" + code + "): " + message));
			}
		});
	}

	private void requeue(Claim claim) {
		transaction.executeWithoutResult(status -> {
			if (lists.requeue(claim)) {
				lists.deleteRows(claim.listId());
				lists.transition(claim.listId(), ImportStatus.RUNNING, ImportStatus.RUNNING.moveTo(ImportStatus.QUEUED),
						actor(claim), "The application is stopping; the import will run again", clock.instant());
				events.publishEvent(new AuditableEvent("location-list.requeued", "location-list",
						claim.listId().toString(), claim.organisationId(),
						"Import put back in the queue: the application is stopping"));
			}
		});
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private static String actor(Claim claim) {
		return "worker " + claim.worker();
	}

	private static void own(Boolean stillOwned) {
		if (!Boolean.TRUE.equals(stillOwned)) {
			throw new ClaimLost();
		}
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	/** Laps of a step, for the debug log. */
	private static final class Stopwatch {

		private final StringBuilder laps = new StringBuilder();

		private long last = System.nanoTime();

		void lap(String step) {
			long now = System.nanoTime();
			laps.append(laps.length() == 0 ? "" : ", ").append(step).append(' ').append(millis(last, now)).append(" ms");
			last = now;
		}

		@Override
		public String toString() {
			return laps.toString();
		}

	}

	/** The job is no longer this worker's: recovery gave it to another. */
	static final class ClaimLost extends RuntimeException {

		ClaimLost() {
			super("The import job was taken from this worker", null, false, false);
		}

	}

	/** The application is stopping; the job goes back to the queue. */
	static final class Stopping extends RuntimeException {

		Stopping() {
			super("The application is stopping", null, false, false);
		}

	}

}
