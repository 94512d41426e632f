/**
 * Covenants and governance (capability C1): a covenant's sector (NACE Rev. 2 codes), term, parties
 * and stakeholders with their commitments, priority themes, bodies with their members, and the
 * membership of companies with its lifecycle (applied, active, suspended, exited) and history.
 * <p>
 * Other modules use {@link org.imvo.platform.covenant.Covenants} and the records and events in
 * this package; everything in the subpackages is internal. Covenant data is covenant-level, not
 * company-confidential: every signed-in user reads covenants that are not drafts; only the
 * secretariat writes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Covenants and governance",
		allowedDependencies = { "shared", "identity", "home" })
package org.imvo.platform.covenant;
