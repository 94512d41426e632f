package org.imvo.platform.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Command: register (or edit) an organisation. */
public record NewOrganisation(@NotBlank @Size(max = 200) String name, @NotNull OrganisationType type,
		@Pattern(regexp = "^$|^[A-Z]{2}$", message = "{validation.country}") String country,
		@Size(max = 300) @Pattern(regexp = "^$|^https?://\\S+$", message = "{validation.website}") String website) {
}
