package org.imvo.platform.covenant;

import java.time.LocalDate;
import java.util.UUID;

/** What a party committed to contribute. */
public record CommitmentView(UUID id, UUID participantId, String title, String description, ThemeId themeId,
		LocalDate dueOn) {
}
