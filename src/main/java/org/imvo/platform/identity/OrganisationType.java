package org.imvo.platform.identity;

/** What kind of organisation takes part in a covenant; decides its audience role. */
public enum OrganisationType {

	COMPANY(Role.COMPANY), TRADE_UNION(Role.PARTY), NGO(Role.PARTY), EMPLOYER_ORGANISATION(Role.PARTY),
	GOVERNMENT(Role.PARTY), SECRETARIAT(Role.SECRETARIAT), COMPLAINTS_COMMITTEE(Role.COMMITTEE), OTHER(Role.PARTY);

	private final Role audience;

	OrganisationType(Role audience) {
		this.audience = audience;
	}

	/** The role every user of such an organisation has. */
	public Role audience() {
		return audience;
	}

}
