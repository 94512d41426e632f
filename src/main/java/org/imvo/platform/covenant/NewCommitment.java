package org.imvo.platform.covenant;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Command: record what a party commits to contribute. Only parties commit; stakeholders are refused.
 *
 * @param themeId the priority theme it serves, or empty
 * @param dueOn when it should be delivered, or empty
 */
public record NewCommitment(@NotBlank String participantId, @NotBlank @Size(max = 300) String title,
		@Size(max = 4000) String description, String themeId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {
}
