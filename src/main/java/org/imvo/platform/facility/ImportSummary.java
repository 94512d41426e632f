package org.imvo.platform.facility;

import java.time.Instant;
import java.util.Map;

import org.imvo.platform.shared.OrganisationId;

/**
 * An uploaded location list and the state of its import.
 *
 * @param rowsTotal the number of data rows, or null until the worker has counted them
 * @param counts rows per outcome (all four outcomes present)
 * @param pendingReview REVIEW rows no person has decided yet
 * @param current whether this is the organisation's current list (its latest committed one)
 */
public record ImportSummary(ImportId id, OrganisationId organisationId, String fileName, String contentType,
		long sizeBytes, String sha256, String format, String uploadedBy, ImportStatus status, Integer rowsTotal,
		int rowsDone, String errorCode, String errorMessage, Instant createdAt, Instant startedAt,
		Instant finishedAt, Instant committedAt, Map<RowOutcome, Long> counts, long pendingReview, boolean current) {

	public ImportSummary {
		counts = Map.copyOf(counts);
	}

	/** Progress in percent (0..100) for a progress bar. */
	public int percent() {
		if (status == ImportStatus.DONE) {
			return 100;
		}
		if (rowsTotal == null || rowsTotal == 0) {
			return 0;
		}
		return (int) Math.min(100, Math.round(100.0 * rowsDone / rowsTotal));
	}

	public long count(RowOutcome outcome) {
		return counts.getOrDefault(outcome, 0L);
	}

}
