package org.imvo.platform.covenant;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Something wrong with how a steering committee is composed (see DESIGN C1: equal representation
 * per constituency and an independent chair).
 *
 * @param seats the seats per represented constituency, for {@link Kind#UNEQUAL_SEATS}; else empty
 */
public record CompositionIssue(Kind kind, Map<Constituency, Integer> seats) {

	public enum Kind {

		/** Nobody chairs the committee. */
		NO_CHAIR,
		/** The chair represents a constituency instead of sitting independently. */
		CHAIR_NOT_INDEPENDENT,
		/** More than one person holds the chair. */
		SEVERAL_CHAIRS,
		/** The represented constituencies do not have the same number of seats. */
		UNEQUAL_SEATS

	}

	public CompositionIssue {
		// in the order of the constituencies, for display
		seats = seats.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(seats));
	}

	public static CompositionIssue of(Kind kind) {
		return new CompositionIssue(kind, Map.of());
	}

}
