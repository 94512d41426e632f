package org.imvo.platform.covenant;

/**
 * Command: a company applies for membership, or the secretariat registers one.
 *
 * @param organisationId the company; a company user may leave it empty for its own organisation
 * @param lightRegime whether the lighter regime for small companies is asked for
 */
public record MembershipApplication(String organisationId, Boolean lightRegime) {

	public boolean isLightRegime() {
		return Boolean.TRUE.equals(lightRegime);
	}

}
