package org.imvo.platform.covenant.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.imvo.platform.covenant.Constituency;
import org.imvo.platform.covenant.NewBodyMember;
import org.imvo.platform.covenant.Seat;
import org.springframework.format.annotation.DateTimeFormat;

/** The page form for seating a person: {@link NewBodyMember} plus the body, chosen in the form. */
record BodyMemberForm(@NotBlank String bodyId, @NotBlank @Size(max = 200) String personName, String organisationId,
		Constituency constituency, @NotNull Seat seat, Boolean independent,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {

	static BodyMemberForm empty() {
		return new BodyMemberForm("", "", "", null, Seat.MEMBER, false, null);
	}

	NewBodyMember command() {
		return new NewBodyMember(personName, organisationId, constituency, seat, independent, since);
	}

}
