package org.imvo.platform.covenant.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.imvo.platform.covenant.CovenantId;
import org.imvo.platform.covenant.CovenantInput;
import org.imvo.platform.covenant.CovenantSummary;
import org.imvo.platform.covenant.Covenants;
import org.imvo.platform.covenant.MembershipApplication;
import org.imvo.platform.covenant.MembershipId;
import org.imvo.platform.covenant.MembershipTransition;
import org.imvo.platform.covenant.NewBody;
import org.imvo.platform.covenant.NewBodyMember;
import org.imvo.platform.covenant.NewCommitment;
import org.imvo.platform.covenant.NewParticipant;
import org.imvo.platform.covenant.NewTheme;
import org.imvo.platform.covenant.ThemeChange;
import org.imvo.platform.covenant.ThemeId;
import org.imvo.platform.shared.Ids;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The covenant API. Every signed-in caller reads covenants that are not drafts; the secretariat
 * writes; a company editor applies for membership of its own organisation.
 */
@RestController
@RequestMapping("/api/v1")
class CovenantApiController {

	private final Covenants covenants;

	private final CovenantGuard guard;

	CovenantApiController(Covenants covenants, CovenantGuard guard) {
		this.covenants = covenants;
		this.guard = guard;
	}

	record RegimeChange(@NotNull Boolean lightRegime) {
	}

	// --- covenants ---

	/** The covenants visible to the caller. */
	@GetMapping("/covenants")
	List<CovenantJson.Covenant> list() {
		return covenants.visibleTo(guard.viewer()).stream().map(CovenantJson.Covenant::of).toList();
	}

	@PostMapping("/covenants")
	ResponseEntity<CovenantJson.Covenant> create(@Valid @RequestBody CovenantInput body) {
		guard.requireManage();
		CovenantSummary created = covenants.create(body);
		return ResponseEntity.created(URI.create("/api/v1/covenants/" + created.id()))
			.body(CovenantJson.Covenant.of(created));
	}

	@GetMapping("/covenants/{covenantId}")
	CovenantJson.Detail get(@PathVariable String covenantId) {
		return CovenantJson.Detail.of(covenants.details(CovenantId.parse(covenantId), guard.viewer()));
	}

	@PutMapping("/covenants/{covenantId}")
	CovenantJson.Covenant update(@PathVariable String covenantId, @Valid @RequestBody CovenantInput body) {
		guard.requireManage();
		return CovenantJson.Covenant.of(covenants.update(CovenantId.parse(covenantId), body));
	}

	// --- parties, stakeholders, commitments ---

	@PostMapping("/covenants/{covenantId}/participants")
	ResponseEntity<CovenantJson.Participant> addParticipant(@PathVariable String covenantId,
			@Valid @RequestBody NewParticipant body) {
		guard.requireManage();
		var participant = covenants.addParticipant(CovenantId.parse(covenantId), body);
		return ResponseEntity
			.created(URI.create("/api/v1/covenants/" + covenantId + "/participants/" + participant.id()))
			.body(CovenantJson.Participant.of(participant));
	}

	@DeleteMapping("/covenants/{covenantId}/participants/{participantId}")
	ResponseEntity<Void> removeParticipant(@PathVariable String covenantId, @PathVariable String participantId) {
		guard.requireManage();
		covenants.removeParticipant(CovenantId.parse(covenantId), Ids.parse(participantId, "participant"));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/covenants/{covenantId}/commitments")
	ResponseEntity<CovenantJson.Commitment> addCommitment(@PathVariable String covenantId,
			@Valid @RequestBody NewCommitment body) {
		guard.requireManage();
		var commitment = covenants.addCommitment(CovenantId.parse(covenantId), body);
		return ResponseEntity
			.created(URI.create("/api/v1/covenants/" + covenantId + "/commitments/" + commitment.id()))
			.body(CovenantJson.Commitment.of(commitment));
	}

	@DeleteMapping("/covenants/{covenantId}/commitments/{commitmentId}")
	ResponseEntity<Void> removeCommitment(@PathVariable String covenantId, @PathVariable String commitmentId) {
		guard.requireManage();
		covenants.removeCommitment(CovenantId.parse(covenantId), Ids.parse(commitmentId, "commitment"));
		return ResponseEntity.noContent().build();
	}

	// --- themes ---

	@GetMapping("/covenants/{covenantId}/themes")
	List<CovenantJson.Theme> themes(@PathVariable String covenantId) {
		CovenantId id = CovenantId.parse(covenantId);
		covenants.get(id, guard.viewer());
		return covenants.themes(id)
			.stream()
			.map(CovenantJson.Theme::of)
			.toList();
	}

	@PostMapping("/covenants/{covenantId}/themes")
	ResponseEntity<CovenantJson.Theme> addTheme(@PathVariable String covenantId, @Valid @RequestBody NewTheme body) {
		guard.requireManage();
		var theme = covenants.addTheme(CovenantId.parse(covenantId), body);
		return ResponseEntity.created(URI.create("/api/v1/covenants/" + covenantId + "/themes/" + theme.id()))
			.body(CovenantJson.Theme.of(theme));
	}

	@PutMapping("/covenants/{covenantId}/themes/{themeId}")
	CovenantJson.Theme updateTheme(@PathVariable String covenantId, @PathVariable String themeId,
			@Valid @RequestBody ThemeChange body) {
		guard.requireManage();
		return CovenantJson.Theme.of(covenants.updateTheme(CovenantId.parse(covenantId), ThemeId.parse(themeId), body));
	}

	// --- bodies ---

	@PostMapping("/covenants/{covenantId}/bodies")
	ResponseEntity<CovenantJson.Body> addBody(@PathVariable String covenantId, @Valid @RequestBody NewBody body) {
		guard.requireManage();
		var created = covenants.addBody(CovenantId.parse(covenantId), body);
		return ResponseEntity.created(URI.create("/api/v1/covenants/" + covenantId + "/bodies/" + created.id()))
			.body(CovenantJson.Body.of(created));
	}

	@PostMapping("/covenants/{covenantId}/bodies/{bodyId}/members")
	ResponseEntity<CovenantJson.BodyMember> addBodyMember(@PathVariable String covenantId,
			@PathVariable String bodyId, @Valid @RequestBody NewBodyMember body) {
		guard.requireManage();
		var member = covenants.addBodyMember(CovenantId.parse(covenantId), Ids.parse(bodyId, "body"), body);
		return ResponseEntity
			.created(URI.create("/api/v1/covenants/" + covenantId + "/bodies/" + bodyId + "/members/" + member.id()))
			.body(CovenantJson.BodyMember.of(member));
	}

	@DeleteMapping("/covenants/{covenantId}/bodies/{bodyId}/members/{memberId}")
	ResponseEntity<Void> removeBodyMember(@PathVariable String covenantId, @PathVariable String bodyId,
			@PathVariable String memberId) {
		guard.requireManage();
		covenants.removeBodyMember(CovenantId.parse(covenantId), Ids.parse(bodyId, "body"),
				Ids.parse(memberId, "body member"));
		return ResponseEntity.noContent().build();
	}

	// --- memberships ---

	@GetMapping("/covenants/{covenantId}/memberships")
	List<CovenantJson.Membership> memberships(@PathVariable String covenantId) {
		return covenants.memberships(CovenantId.parse(covenantId), guard.viewer())
			.stream()
			.map(CovenantJson.Membership::of)
			.toList();
	}

	/** A company editor applies for its own organisation; the secretariat registers any company. */
	@PostMapping("/covenants/{covenantId}/memberships")
	ResponseEntity<CovenantJson.Membership> apply(@PathVariable String covenantId,
			@Valid @RequestBody MembershipApplication body) {
		CovenantId id = CovenantId.parse(covenantId);
		covenants.get(id, guard.viewer());
		var membership = covenants.applyForMembership(id, guard.applicant(body.organisationId()),
				body.isLightRegime(), guard.viewer().isSecretariat() ? body.appliedOn() : null);
		return ResponseEntity
			.created(URI.create("/api/v1/covenants/" + covenantId + "/memberships/" + membership.id()))
			.body(CovenantJson.Membership.of(membership));
	}

	@GetMapping("/covenants/{covenantId}/memberships/{membershipId}")
	CovenantJson.Membership membership(@PathVariable String covenantId, @PathVariable String membershipId) {
		return CovenantJson.Membership.of(covenants.membership(CovenantId.parse(covenantId),
				MembershipId.parse(membershipId), guard.viewer()));
	}

	@PutMapping("/covenants/{covenantId}/memberships/{membershipId}")
	CovenantJson.Membership changeRegime(@PathVariable String covenantId, @PathVariable String membershipId,
			@Valid @RequestBody RegimeChange body) {
		guard.requireManage();
		return CovenantJson.Membership.of(covenants.changeRegime(CovenantId.parse(covenantId),
				MembershipId.parse(membershipId), body.lightRegime()));
	}

	@PostMapping("/covenants/{covenantId}/memberships/{membershipId}/transitions")
	CovenantJson.Membership transition(@PathVariable String covenantId, @PathVariable String membershipId,
			@Valid @RequestBody MembershipTransition body) {
		guard.requireManage();
		return CovenantJson.Membership.of(covenants.transition(CovenantId.parse(covenantId),
				MembershipId.parse(membershipId), body));
	}

	@GetMapping("/covenants/{covenantId}/memberships/{membershipId}/history")
	List<CovenantJson.HistoryEntry> history(@PathVariable String covenantId, @PathVariable String membershipId) {
		return covenants.history(CovenantId.parse(covenantId), MembershipId.parse(membershipId), guard.viewer())
			.stream()
			.map(CovenantJson.HistoryEntry::of)
			.toList();
	}

	// --- NACE ---

	/** Search NACE Rev. 2 by code or description, e.g. {@code ?q=apparel} or {@code ?q=14.1}. */
	@GetMapping("/nace")
	List<CovenantJson.Nace> nace(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "20") int limit) {
		return covenants.searchNace(q, limit).stream().map(CovenantJson.Nace::of).toList();
	}

}
