package org.imvo.platform.facility.internal;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.imvo.platform.facility.matching.FacilityMatcher;
import org.imvo.platform.facility.matching.LocationQuery;
import org.imvo.platform.facility.matching.MatchResult;
import org.imvo.platform.facility.matching.RegisteredFacility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The in-memory matcher index of the registry. It is loaded in the background when the application
 * starts (streaming the facility table), and kept in step with the registry: facilities are added or
 * removed when the transaction that creates or merges them runs, and the change is taken back if
 * that transaction rolls back. Imports and registry changes wait until the index is loaded.
 */
@Component
public class RegistryIndex implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RegistryIndex.class);

	private final FacilityRepository facilities;

	private final TransactionTemplate readOnly;

	private volatile FacilityMatcher matcher = new FacilityMatcher();

	private volatile CountDownLatch ready = new CountDownLatch(1);

	private volatile RuntimeException loadFailure;

	private volatile boolean running;

	private volatile long loadMillis = -1;

	RegistryIndex(FacilityRepository facilities, PlatformTransactionManager transactions) {
		this.facilities = facilities;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	// ------------------------------------------------------------------ lifecycle

	@Override
	public void start() {
		running = true;
		Thread loader = new Thread(this::load, "facility-index-loader");
		loader.setDaemon(true);
		loader.start();
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Loads the index from the facility table, replacing what it held. */
	public void reload() {
		ready = new CountDownLatch(1);
		load();
	}

	private void load() {
		long started = System.nanoTime();
		try {
			FacilityMatcher fresh = new FacilityMatcher();
			readOnly.executeWithoutResult(status -> facilities.streamActive(fresh::add));
			matcher = fresh;
			loadMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			log.info("Facility matcher index loaded: {} facilities in {} ms", fresh.size(), loadMillis);
		}
		catch (RuntimeException ex) {
			loadFailure = ex;
			log.error("Could not load the facility matcher index; imports cannot run", ex);
		}
		finally {
			ready.countDown();
		}
	}

	/** Waits until the index is loaded. */
	public void awaitReady() {
		try {
			if (!ready.await(10, TimeUnit.MINUTES)) {
				throw new IllegalStateException("The facility matcher index did not load in time");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the facility matcher index", ex);
		}
		if (loadFailure != null) {
			throw new IllegalStateException("The facility matcher index could not be loaded", loadFailure);
		}
	}

	public boolean isReady() {
		return ready.getCount() == 0 && loadFailure == null;
	}

	/** How long the last load took, or -1 while none finished. */
	public long loadMillis() {
		return loadMillis;
	}

	// ------------------------------------------------------------------ use

	public MatchResult match(LocationQuery query) {
		return matcher.match(query);
	}

	public int size() {
		return matcher.size();
	}

	/**
	 * Adds facilities now; if the surrounding transaction rolls back, removes them again (they were
	 * never created).
	 */
	public void addInTransaction(Collection<RegisteredFacility> added) {
		List<RegisteredFacility> copy = List.copyOf(added);
		FacilityMatcher target = matcher;
		copy.forEach(target::add);
		onRollback(() -> copy.forEach(f -> target.remove(f.key())));
	}

	/** Removes a facility now (merged away); if the surrounding transaction rolls back, adds it again. */
	public void removeInTransaction(RegisteredFacility removed) {
		FacilityMatcher target = matcher;
		target.remove(removed.key());
		onRollback(() -> target.add(removed));
	}

	private static void onRollback(Runnable undo) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					undo.run();
				}
			}
		});
	}

}
