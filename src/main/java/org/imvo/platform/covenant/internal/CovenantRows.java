package org.imvo.platform.covenant.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.imvo.platform.covenant.BodyType;
import org.imvo.platform.covenant.Constituency;
import org.imvo.platform.covenant.CovenantStatus;
import org.imvo.platform.covenant.ParticipantRole;
import org.imvo.platform.covenant.Seat;

/** The rows of the covenant tables, as the repository reads and writes them. */
public final class CovenantRows {

	private CovenantRows() {
	}

	public record CovenantRow(UUID id, String name, String sector, String description, String goals,
			LocalDate termStart, LocalDate termEnd, CovenantStatus status, boolean publicListed) {
	}

	public record ParticipantRow(UUID id, UUID covenantId, UUID organisationId, ParticipantRole role,
			Constituency constituency, LocalDate joinedOn) {
	}

	public record CommitmentRow(UUID id, UUID covenantId, UUID participantId, UUID themeId, String title,
			String description, LocalDate dueOn) {
	}

	public record ThemeRow(UUID id, UUID covenantId, String code, String name, String description, int position,
			boolean active) {
	}

	public record BodyRow(UUID id, UUID covenantId, BodyType type, String name, String mandate) {
	}

	public record BodyMemberRow(UUID id, UUID bodyId, String personName, UUID organisationId,
			Constituency constituency, Seat seat, boolean independent, LocalDate since) {
	}

}
