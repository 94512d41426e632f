package org.imvo.platform.identity;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Command: register (or edit) an organisation. Text is stripped and the country code upper-cased on
 * construction, so "nl " from a form and "NL" from the API mean the same.
 */
public record NewOrganisation(@NotBlank @Size(max = 200) String name, @NotNull OrganisationType type,
		@Pattern(regexp = "^$|^[A-Z]{2}$", message = "{validation.country}") String country,
		@Size(max = 300) @Pattern(regexp = "^$|^https?://\\S+$", message = "{validation.website}") String website) {

	public NewOrganisation {
		name = name == null ? null : name.strip();
		country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
		website = website == null ? null : website.strip();
	}

	/** The command that leaves {@code organisation} as it is (e.g. to change only whether it is active). */
	public static NewOrganisation of(OrganisationSummary organisation) {
		return new NewOrganisation(organisation.name(), organisation.type(), organisation.country(),
				organisation.website());
	}

}
