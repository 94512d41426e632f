package org.imvo.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the database start-up refusals into a short explanation with the action to take. */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<RuntimeException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RuntimeException cause) {
		if (cause instanceof ExternalDatabaseRequiredException) {
			return new FailureAnalysis(cause.getMessage(),
					"Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD "
							+ "to a PostgreSQL 15 or newer, or start without the 'prod' profile to use the embedded database.",
					cause);
		}
		if (cause instanceof DataDirectoryInUseException inUse) {
			return new FailureAnalysis(inUse.getMessage(),
					"Stop the other IMVO Platform instance, or start this one with another data folder "
							+ "(--imvo.data-dir=...).",
					cause);
		}
		return null;
	}

}
