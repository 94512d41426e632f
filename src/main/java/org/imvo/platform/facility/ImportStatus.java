package org.imvo.platform.facility;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of an import job, with the moves allowed between them:
 * <pre>
 * QUEUED  -&gt; RUNNING            a worker takes the job
 * RUNNING -&gt; DONE               the list was committed whole
 * RUNNING -&gt; FAILED             the file or the commit failed; nothing of the list took effect
 * RUNNING -&gt; QUEUED             recovery: the worker died (stale heartbeat) or the application stopped
 * FAILED  -&gt; QUEUED             rerun on request
 * </pre>
 */
public enum ImportStatus {

	QUEUED, RUNNING, DONE, FAILED;

	private static final Map<ImportStatus, Set<ImportStatus>> ALLOWED = Map.of(QUEUED, EnumSet.of(RUNNING), RUNNING,
			EnumSet.of(DONE, FAILED, QUEUED), DONE, EnumSet.noneOf(ImportStatus.class), FAILED, EnumSet.of(QUEUED));

	public boolean mayMoveTo(ImportStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	/** Whether the job still has work to do (the UI keeps polling). */
	public boolean isPending() {
		return this == QUEUED || this == RUNNING;
	}

	/**
	 * The next state, or an exception when the move is not in the table.
	 *
	 * @throws IllegalStateException for an illegal move
	 */
	public ImportStatus moveTo(ImportStatus next) {
		if (!mayMoveTo(next)) {
			throw new IllegalStateException("An import cannot move from " + this + " to " + next);
		}
		return next;
	}

}
