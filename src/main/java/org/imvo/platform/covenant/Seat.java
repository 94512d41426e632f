package org.imvo.platform.covenant;

/** The seat a person holds in a body. */
public enum Seat {

	CHAIR, MEMBER

}
