/**
 * Demo data ({@code imvo.demo=true}): a garment and textile covenant with its parties, bodies and
 * members, and the demo logins listed in the README. Seeded once, on the first start with an
 * empty database; never in the {@code prod} profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.imvo.platform.demo;
