package org.imvo.platform.facility.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.imvo.platform.facility.ImportStatus;
import org.imvo.platform.facility.internal.ImportRepository.Claim;
import org.imvo.platform.shared.AuditableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import workers of this application instance. Jobs wait in {@code location_list} (status
 * QUEUED); a worker takes the oldest with {@code SELECT … FOR UPDATE SKIP LOCKED}, so any number of
 * instances share one queue without a broker. Workers look for jobs every few seconds and at once
 * after an upload. While a worker runs a job it renews the job's heartbeat; a job RUNNING with a
 * stale heartbeat (its process died) is put back into the queue, its partial rows deleted, by the
 * recovery that runs at start-up and periodically, and then runs again.
 */
@Component
public class ImportWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

	/** This instance's name in {@code location_list.worker}. */
	private final String name = "instance-" + UUID.randomUUID().toString().substring(0, 8);

	private final ImportRepository lists;

	private final ImportProcessor processor;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int workers;

	private final Duration pollEvery;

	private final Duration staleAfter;

	private final Semaphore slots;

	private volatile ExecutorService executor;

	private volatile ScheduledExecutorService timer;

	private volatile boolean running;

	ImportWorker(ImportRepository lists, ImportProcessor processor, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, Clock clock, @Value("${imvo.facility.import-workers:1}") int workers,
			@Value("${imvo.facility.poll-every:2s}") Duration pollEvery,
			@Value("${imvo.facility.stale-after:90s}") Duration staleAfter) {
		this.lists = lists;
		this.processor = processor;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
		this.workers = Math.max(1, workers);
		this.pollEvery = pollEvery;
		this.staleAfter = staleAfter;
		this.slots = new Semaphore(this.workers);
	}

	// ------------------------------------------------------------------ lifecycle

	@Override
	public void start() {
		running = true;
		executor = Executors.newFixedThreadPool(workers, runnable -> {
			Thread thread = new Thread(runnable, "facility-import-" + UUID.randomUUID().toString().substring(0, 4));
			thread.setDaemon(true);
			return thread;
		});
		timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "facility-import-timer");
			thread.setDaemon(true);
			return thread;
		});
		timer.execute(this::recoverQuietly);
		timer.scheduleWithFixedDelay(this::kick, pollEvery.toMillis(), pollEvery.toMillis(), TimeUnit.MILLISECONDS);
		long beat = Math.max(1000, staleAfter.toMillis() / 6);
		timer.scheduleWithFixedDelay(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
		timer.scheduleWithFixedDelay(this::recoverQuietly, staleAfter.toMillis() / 2, staleAfter.toMillis() / 2,
				TimeUnit.MILLISECONDS);
	}

	/**
	 * Stops taking jobs; a job that is running goes back to the queue at its next batch (it will run
	 * again, from the start, on the next start or on another instance).
	 */
	@Override
	public void stop() {
		running = false;
		timer.shutdownNow();
		executor.shutdown();
		try {
			if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
				log.warn("An import did not stop in time; recovery will rerun it");
				executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stop before the database goes (its bean is stopped after the ones that need it). */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 100;
	}

	// ------------------------------------------------------------------ work

	/** Lets an idle worker look for a job now; after the current transaction commits, if there is one. */
	public void kick() {
		if (!running) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					kickNow();
				}
			});
			return;
		}
		kickNow();
	}

	private void kickNow() {
		if (running && slots.tryAcquire()) {
			try {
				executor.execute(this::drain);
			}
			catch (RuntimeException ex) {
				slots.release();
			}
		}
	}

	/** Runs queued jobs until there is none left. */
	private void drain() {
		try {
			while (running) {
				Optional<Claim> claim = claimNext();
				if (claim.isEmpty()) {
					return;
				}
				ImportProcessor.Result result = processor.process(claim.get(), () -> !running);
				log.info("Import {} ended: {}", claim.get().listId(), result);
			}
		}
		catch (RuntimeException ex) {
			log.error("Import worker failed; it will look for jobs again shortly", ex);
		}
		finally {
			slots.release();
		}
	}

	private Optional<Claim> claimNext() {
		return transaction.execute(status -> {
			Instant now = clock.instant();
			Optional<Claim> claim = lists.claimNext(name, now);
			claim.ifPresent(c -> lists.transition(c.listId(), ImportStatus.QUEUED,
					ImportStatus.QUEUED.moveTo(ImportStatus.RUNNING), "worker " + name, "attempt " + c.attempt(), now));
			return claim;
		});
	}

	/** Claims one particular queued job for this instance (a synchronous import). */
	public Claim claim(UUID listId) {
		Instant now = clock.instant();
		Claim claim = lists.claim(listId, name, now)
			.orElseThrow(() -> new IllegalStateException("Import " + listId + " is not queued"));
		lists.transition(listId, ImportStatus.QUEUED, ImportStatus.QUEUED.moveTo(ImportStatus.RUNNING),
				"worker " + name, "attempt " + claim.attempt() + " (synchronous)", now);
		return claim;
	}

	private void heartbeat() {
		try {
			transaction.executeWithoutResult(status -> lists.heartbeat(name, clock.instant()));
		}
		catch (RuntimeException ex) {
			log.warn("Could not renew the heartbeat of running imports", ex);
		}
	}

	private void recoverQuietly() {
		try {
			recoverStale();
		}
		catch (RuntimeException ex) {
			log.warn("Could not check for abandoned imports", ex);
		}
	}

	/**
	 * Puts every RUNNING job whose worker has not renewed its heartbeat for {@code staleAfter} back
	 * into the queue, with its partial rows deleted, and lets a worker take it.
	 *
	 * @return the ids of the jobs put back
	 */
	public List<UUID> recoverStale() {
		List<UUID> recovered = transaction.execute(status -> {
			Instant now = clock.instant();
			List<UUID> stale = lists.lockStale(now.minus(staleAfter));
			for (UUID id : stale) {
				lists.deleteRows(id);
				lists.resetToQueue(id);
				lists.transition(id, ImportStatus.RUNNING, ImportStatus.RUNNING.moveTo(ImportStatus.QUEUED),
						"worker " + name, "Its worker stopped answering; the import runs again", now);
				events.publishEvent(new AuditableEvent("location-list.recovered", "location-list", id.toString(),
						lists.organisationOf(id).orElse(null),
						"Import put back in the queue: its worker stopped answering"));
			}
			return stale;
		});
		if (!recovered.isEmpty()) {
			log.warn("Put {} abandoned import(s) back into the queue: {}", recovered.size(), recovered);
			kick();
		}
		return recovered;
	}

	public String name() {
		return name;
	}

}
