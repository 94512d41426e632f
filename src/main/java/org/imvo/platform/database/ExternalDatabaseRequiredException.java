package org.imvo.platform.database;

/** Thrown when the production profile is active but no external PostgreSQL is configured. */
class ExternalDatabaseRequiredException extends RuntimeException {

	ExternalDatabaseRequiredException() {
		super("The 'prod' profile needs an external PostgreSQL (spring.datasource.url); "
				+ "the embedded database is for evaluation and development only.");
	}

}
