package org.imvo.platform.covenant;

import org.imvo.platform.identity.OrganisationType;

/** The part of society a party or a seat in a body represents. */
public enum Constituency {

	BUSINESS, EMPLOYERS, TRADE_UNIONS, CIVIL_SOCIETY, GOVERNMENT, OTHER;

	/** The constituency an organisation of this type usually represents. */
	public static Constituency defaultFor(OrganisationType type) {
		return switch (type) {
			case COMPANY -> BUSINESS;
			case EMPLOYER_ORGANISATION -> EMPLOYERS;
			case TRADE_UNION -> TRADE_UNIONS;
			case NGO -> CIVIL_SOCIETY;
			case GOVERNMENT -> GOVERNMENT;
			default -> OTHER;
		};
	}

}
