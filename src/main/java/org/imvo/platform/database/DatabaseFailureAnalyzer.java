package org.imvo.platform.database;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the database start-up refusals into a short explanation with the action to take. The
 * refusals arrive wrapped in bean creation exceptions, so the whole cause chain is searched.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ExternalDatabaseRequiredException) {
				return new FailureAnalysis(cause.getMessage(),
						"Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD "
								+ "to a PostgreSQL 15 or newer, or start without the 'prod' profile to use the "
								+ "embedded database.",
						cause);
			}
			if (cause instanceof DataDirectoryInUseException) {
				return new FailureAnalysis(cause.getMessage(),
						"Stop the other IMVO Platform instance, or start this one with another data folder "
								+ "(--imvo.data-dir=...).",
						cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
