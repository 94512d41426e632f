/**
 * Shared kernel: identifiers, the audit event every module publishes for its writes, the clock,
 * error types with their problem-detail mapping, and the web shell (locale, layout). Open to all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.imvo.platform.shared;
