package org.imvo.platform.covenant;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.imvo.platform.covenant.internal.KnownNaceCodes;
import org.imvo.platform.covenant.internal.ValidTerm;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Command: create or edit a covenant. NACE codes may arrive as a list or as one text with the codes
 * separated by commas or spaces (for example 13, 14 and 15.1); they are normalised here.
 *
 * @param status null keeps the current status (a new covenant starts as a draft)
 * @param publicListed whether the public portal lists the covenant once it is active
 * @param defaultThemes on creation: whether to add the nine priority themes of the garment covenant
 * (null means yes); ignored on edits
 */
@ValidTerm
public record CovenantInput(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String sector,
		@NotEmpty(message = "{covenant.validation.nace-required}") @Size(max = 40) @KnownNaceCodes List<String> naceCodes,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termStart,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termEnd,
		@Size(max = 4000) String description, @Size(max = 4000) String goals, CovenantStatus status,
		Boolean publicListed, Boolean defaultThemes) {

	public CovenantInput {
		naceCodes = naceCodes == null ? List.of()
				: naceCodes.stream()
					.filter(Objects::nonNull)
					.flatMap(text -> Arrays.stream(text.split("[,;\\s]+")))
					.map(code -> code.strip().toUpperCase(Locale.ROOT))
					.filter(code -> !code.isEmpty())
					.distinct()
					.toList();
	}

	public boolean isPublicListed() {
		return Boolean.TRUE.equals(publicListed);
	}

	public boolean withDefaultThemes() {
		return !Boolean.FALSE.equals(defaultThemes);
	}

}
