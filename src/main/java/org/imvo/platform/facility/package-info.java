/**
 * Production locations (capability C2): location-list uploads and their import jobs, the facility
 * registry with stable check-summed ids, and matching of each location against the registry.
 * <p>
 * Other modules use {@link org.imvo.platform.facility.LocationLists} (lists, imports, an
 * organisation's current locations), {@link org.imvo.platform.facility.FacilityRegistry} (facilities
 * by id, merges and splits) and the records and events of this package. {@code matching} (the
 * matching engine) and {@code listfile} (reading CSV and XLSX) are plain Java without Spring;
 * {@code internal} holds persistence, the job queue and its workers, {@code web} the pages and API.
 * <p>
 * Which organisation sources at which facility is confidential: only the organisation itself and
 * the secretariat see it. A facility's own attributes are not.
 * <p>
 * Decisions:
 * <ul>
 * <li><b>Import jobs</b> wait in {@code location_list} (the original file is kept there as uploaded);
 * workers take them with {@code FOR UPDATE SKIP LOCKED}, so several instances share one queue. Rows
 * are written in batches as they are matched (the progress is committed per batch); everything that
 * makes a list count — its new facilities, the list becoming the organisation's current one, DONE —
 * happens in one final transaction. A failed list is FAILED with its rows removed; a list whose worker
 * died (stale heartbeat) goes back to the queue without its rows and runs again.</li>
 * <li><b>REVIEW rows</b> are kept with their list, linked to no facility and not among the current
 * locations until a person decides (confirm a candidate, or "none of these" for a new facility).
 * Provisional facilities for undecided rows would put likely duplicates into the registry and into
 * other companies' matches. A decision is remembered per organisation and normalised location
 * (fingerprint), so a replacement list does not ask again.</li>
 * <li><b>Current locations and provenance are views</b> over the rows of committed lists: a row states
 * who (the list's organisation) said which values, in which list, when; the row that created a
 * facility is the origin of its attributes. A list becomes current by one row in
 * {@code organisation_current_list}, and a merge or split moves rows, with which the current locations
 * and the provenance move.</li>
 * <li><b>Facility ids</b> ({@link org.imvo.platform.facility.FacilityId}) are random, so they reveal
 * neither counts nor order; a merged facility's id stays valid as an alias of the survivor.</li>
 * <li><b>The matcher index</b> lives in memory per application instance, loaded from the facility
 * table at start-up and changed with the transactions that create or merge facilities (taken back on
 * rollback). Instances do not yet tell each other about facilities the others created.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Production locations",
		allowedDependencies = { "shared", "identity", "home" })
package org.imvo.platform.facility;
