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
 */
@org.springframework.modulith.ApplicationModule(displayName = "Production locations",
		allowedDependencies = { "shared", "identity", "home" })
package org.imvo.platform.facility;
