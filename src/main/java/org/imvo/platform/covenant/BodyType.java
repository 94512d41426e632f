package org.imvo.platform.covenant;

/** The bodies that govern a covenant. A covenant has at most one of each, except working groups. */
public enum BodyType {

	STEERING_COMMITTEE, COMPLAINTS_COMMITTEE, SECRETARIAT, WORKING_GROUP;

	public boolean isSingle() {
		return this != WORKING_GROUP;
	}

}
