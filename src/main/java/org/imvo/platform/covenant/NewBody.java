package org.imvo.platform.covenant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Command: set up a body of a covenant. */
public record NewBody(@NotNull BodyType type, @NotBlank @Size(max = 200) String name,
		@Size(max = 4000) String mandate) {
}
