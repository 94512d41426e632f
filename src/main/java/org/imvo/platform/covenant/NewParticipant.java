package org.imvo.platform.covenant;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Command: add an organisation to a covenant as a party or a stakeholder.
 *
 * @param constituency null takes the usual constituency of the organisation's type
 * @param joinedOn the day a party signed, or a stakeholder became involved; may be empty
 */
public record NewParticipant(@NotBlank String organisationId, @NotNull ParticipantRole role,
		Constituency constituency, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn) {
}
