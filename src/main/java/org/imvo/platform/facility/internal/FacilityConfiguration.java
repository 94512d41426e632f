package org.imvo.platform.facility.internal;

import org.imvo.platform.facility.listfile.LocationListReader;
import org.imvo.platform.facility.listfile.ReaderLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java parts of the module as beans. */
@Configuration(proxyBeanMethods = false)
class FacilityConfiguration {

	@Bean
	LocationListReader locationListReader(@Value("${imvo.facility.max-rows:200000}") int maxRows) {
		ReaderLimits defaults = ReaderLimits.defaults();
		return new LocationListReader(new ReaderLimits(defaults.maxFileBytes(), maxRows, defaults.maxCellChars(),
				defaults.maxUncompressedBytes()));
	}

}
