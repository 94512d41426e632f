package org.imvo.platform.covenant;

/**
 * A priority theme of a covenant.
 *
 * @param code stable code other modules refer to, e.g. {@code LIVING_WAGE}
 * @param name the name as entered, or the English standard name of a standard theme
 * @param customName the name as entered, or null when a standard theme keeps its standard name (shown
 * in the reader's language)
 * @param description as entered, or null
 * @param standard whether the code is one of the nine standard themes
 */
public record ThemeView(ThemeId id, CovenantId covenantId, String code, String name, String customName,
		String description, int position, boolean active, boolean standard) {
}
