package org.imvo.platform.covenant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Command: add a priority theme to a covenant.
 *
 * @param code a stable code other modules refer to (e.g. {@code LIVING_WAGE}); derived from the
 * name when empty
 */
public record NewTheme(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
		@Pattern(regexp = "^$|^[A-Za-z][A-Za-z0-9_]{1,49}$", message = "{covenant.validation.theme-code}") String code) {
}
