/**
 * Database infrastructure: starts the embedded PostgreSQL that a new installation gets by default,
 * and refuses to start a production profile without an external PostgreSQL. No other module
 * depends on this one; everything reaches the database through the {@code DataSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.imvo.platform.database;
