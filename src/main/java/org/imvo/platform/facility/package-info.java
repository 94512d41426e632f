/**
 * Production locations (capability C2): location-list uploads and their import jobs, the facility
 * registry with stable check-summed ids, and matching of each location against the registry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Production locations")
package org.imvo.platform.facility;
