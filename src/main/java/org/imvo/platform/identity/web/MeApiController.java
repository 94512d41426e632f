package org.imvo.platform.identity.web;

import java.util.List;

import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the caller is. */
@RestController
class MeApiController {

	private final CurrentUsers currentUsers;

	MeApiController(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	record Me(String username, String displayName, String organisationId, String organisationName,
			String organisationType, List<String> roles) {
	}

	@GetMapping("/api/v1/me")
	Me me() {
		CurrentUser user = currentUsers.require();
		return new Me(user.username(), user.displayName(), user.organisationId().toString(), user.organisationName(),
				user.organisationType().name(), user.roles().stream().map(Enum::name).sorted().toList());
	}

}
