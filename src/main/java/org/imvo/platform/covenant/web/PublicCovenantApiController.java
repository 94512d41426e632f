package org.imvo.platform.covenant.web;

import java.time.LocalDate;
import java.util.List;

import org.imvo.platform.covenant.CovenantSummary;
import org.imvo.platform.covenant.Covenants;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/public/covenants}: the covenants listed publicly, for anyone without an account.
 * Only covenant-level facts; nothing about members.
 */
@RestController
class PublicCovenantApiController {

	private final Covenants covenants;

	PublicCovenantApiController(Covenants covenants) {
		this.covenants = covenants;
	}

	record PublicCovenant(String id, String name, String sector, List<String> naceCodes, LocalDate termStart,
			LocalDate termEnd, String status) {

		static PublicCovenant of(CovenantSummary c) {
			return new PublicCovenant(c.id().toString(), c.name(), c.sector(), c.naceCodes(), c.term().start(),
					c.term().end(), c.status().name());
		}

	}

	@GetMapping("/api/v1/public/covenants")
	List<PublicCovenant> list() {
		return covenants.publicCovenants().stream().map(PublicCovenant::of).toList();
	}

}
