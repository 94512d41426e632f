/**
 * The audit trail: every write of every module (published as an
 * {@link org.imvo.platform.shared.AuditableEvent}) and every secretariat read of confidential data,
 * appended to a hash-chained, append-only table that can be verified at any time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = { "shared", "identity" })
package org.imvo.platform.audit;
