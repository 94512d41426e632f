package org.imvo.platform.covenant;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Command: a company applies for membership, or the secretariat registers one.
 *
 * @param organisationId the company; a company user may leave it empty for its own organisation
 * @param lightRegime whether the lighter regime for small companies is asked for
 * @param appliedOn when the secretariat registers an application it received earlier: its date;
 * empty means today (a company's own application is always dated today)
 */
public record MembershipApplication(String organisationId, Boolean lightRegime,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appliedOn) {

	public boolean isLightRegime() {
		return Boolean.TRUE.equals(lightRegime);
	}

}
