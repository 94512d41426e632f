package org.imvo.platform.covenant;

import jakarta.validation.constraints.Size;

/**
 * Command: edit a priority theme. For one of the nine standard themes an empty name restores the
 * standard name (shown in the reader's language).
 *
 * @param active null keeps the theme active
 */
public record ThemeChange(@Size(max = 200) String name, @Size(max = 2000) String description, Boolean active) {

	public boolean isActive() {
		return !Boolean.FALSE.equals(active);
	}

}
