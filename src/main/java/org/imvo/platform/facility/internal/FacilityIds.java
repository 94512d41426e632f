package org.imvo.platform.facility.internal;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.imvo.platform.facility.FacilityId;
import org.springframework.stereotype.Component;

/** Generates fresh facility ids (random, so ids reveal neither counts nor order). */
@Component
public class FacilityIds {

	private final SecureRandom random = new SecureRandom();

	private final FacilityRepository facilities;

	FacilityIds(FacilityRepository facilities) {
		this.facilities = facilities;
	}

	/** A new id for one facility, not yet taken. */
	public FacilityId next(String countryCode) {
		for (int attempt = 0; attempt < 20; attempt++) {
			FacilityId id = FacilityId.generate(countryCode, random);
			if (!facilities.facilityIdTaken(id)) {
				return id;
			}
		}
		throw new IllegalStateException("Could not find a free facility id for " + countryCode);
	}

	/** New ids for many facilities (key to country), distinct among themselves; the caller retries collisions. */
	public Map<Long, FacilityId> next(Map<Long, String> countries) {
		Map<Long, FacilityId> ids = new LinkedHashMap<>();
		Set<FacilityId> used = new HashSet<>();
		countries.forEach((key, country) -> {
			FacilityId id;
			do {
				id = FacilityId.generate(country, random);
			}
			while (!used.add(id));
			ids.put(key, id);
		});
		return ids;
	}

}
