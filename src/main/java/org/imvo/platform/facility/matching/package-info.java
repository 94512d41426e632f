/**
 * The facility matching engine: plain Java, no Spring. {@code FacilityMatcher} holds an in-memory
 * index of the registry (blocked by country, with a token/n-gram index for candidates) and decides
 * per location: MATCHED, REVIEW (with ranked candidates) or NEW.
 */
package org.imvo.platform.facility.matching;
