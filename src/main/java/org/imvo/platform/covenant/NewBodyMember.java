package org.imvo.platform.covenant;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Command: seat a person in a body.
 *
 * @param organisationId the organisation the person comes from, or empty
 * @param constituency whom the seat represents; null takes the usual constituency of the
 * organisation's type; independent members represent no constituency
 * @param independent whether the person sits in a personal, independent capacity (e.g. the chair)
 */
public record NewBodyMember(@NotBlank @Size(max = 200) String personName, String organisationId,
		Constituency constituency, @NotNull Seat seat, Boolean independent,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {

	public boolean isIndependent() {
		return Boolean.TRUE.equals(independent);
	}

}
