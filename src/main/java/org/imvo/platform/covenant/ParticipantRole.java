package org.imvo.platform.covenant;

/**
 * How an organisation takes part in a covenant (SER advice 2014, ch. 4): parties sign it and commit
 * to contribute to the solution; stakeholders are involved through meaningful dialogue but are not
 * bound, so they have no commitments.
 */
public enum ParticipantRole {

	PARTY, STAKEHOLDER;

	public boolean mayCommit() {
		return this == PARTY;
	}

}
