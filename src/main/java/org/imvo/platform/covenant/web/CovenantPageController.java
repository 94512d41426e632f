package org.imvo.platform.covenant.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.imvo.platform.covenant.BodyType;
import org.imvo.platform.covenant.Constituency;
import org.imvo.platform.covenant.CovenantDetails;
import org.imvo.platform.covenant.CovenantId;
import org.imvo.platform.covenant.CovenantInput;
import org.imvo.platform.covenant.CovenantStatus;
import org.imvo.platform.covenant.CovenantSummary;
import org.imvo.platform.covenant.Covenants;
import org.imvo.platform.covenant.MembershipAction;
import org.imvo.platform.covenant.MembershipApplication;
import org.imvo.platform.covenant.MembershipId;
import org.imvo.platform.covenant.MembershipTransition;
import org.imvo.platform.covenant.MembershipView;
import org.imvo.platform.covenant.NewBody;
import org.imvo.platform.covenant.NewCommitment;
import org.imvo.platform.covenant.NewParticipant;
import org.imvo.platform.covenant.NewTheme;
import org.imvo.platform.covenant.ParticipantRole;
import org.imvo.platform.covenant.Seat;
import org.imvo.platform.covenant.ThemeChange;
import org.imvo.platform.covenant.ThemeId;
import org.imvo.platform.covenant.ThemeView;
import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.OrganisationSummary;
import org.imvo.platform.identity.OrganisationType;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.shared.BusinessRuleException;
import org.imvo.platform.shared.Ids;
import org.imvo.platform.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The covenant pages: a list, a page per covenant with sections (overview, parties and
 * stakeholders, themes, bodies, members), and the secretariat's forms, all Post/Redirect/Get.
 */
@Controller
@RequestMapping("/covenants")
class CovenantPageController {

	static final List<String> SECTIONS = List.of("overview", "parties", "themes", "bodies", "members");

	private final Covenants covenants;

	private final Organisations organisations;

	private final CovenantGuard guard;

	private final Clock clock;

	CovenantPageController(Covenants covenants, Organisations organisations, CovenantGuard guard, Clock clock) {
		this.covenants = covenants;
		this.organisations = organisations;
		this.guard = guard;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ list, create, edit

	@GetMapping
	String list(Model model) {
		CurrentUser viewer = guard.viewer();
		model.addAttribute("covenants", covenants.visibleTo(viewer));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("mayManage", viewer.isSecretariat());
		return "covenant/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		guard.requireManage();
		LocalDate start = LocalDate.now(clock).withDayOfMonth(1).plusMonths(1);
		model.addAttribute("form", new CovenantInput("", "", List.of(), start, start.plusYears(5).minusDays(1), "", "",
				CovenantStatus.DRAFT, false, true));
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CovenantInput form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		guard.requireManage();
		if (!binding.hasErrors()) {
			try {
				CovenantSummary created = covenants.create(form);
				redirect.addFlashAttribute("flash", "covenant.flash.created");
				return "redirect:/covenants/" + created.id();
			}
			catch (BusinessRuleException ex) {
				reject(binding, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{covenantId}/edit")
	String editForm(@PathVariable String covenantId, Model model) {
		guard.requireManage();
		CovenantSummary c = covenants.get(CovenantId.parse(covenantId), guard.viewer());
		model.addAttribute("form", new CovenantInput(c.name(), c.sector(), c.naceCodes(), c.term().start(),
				c.term().end(), c.description(), c.goals(), c.status(), c.publicListed(), false));
		return form(model, c);
	}

	@PostMapping("/{covenantId}")
	String update(@PathVariable String covenantId, @Valid @ModelAttribute("form") CovenantInput form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		guard.requireManage();
		CovenantId id = CovenantId.parse(covenantId);
		CovenantSummary current = covenants.get(id, guard.viewer());
		if (!binding.hasErrors()) {
			try {
				covenants.update(id, form);
				redirect.addFlashAttribute("flash", "covenant.flash.updated");
				return "redirect:/covenants/" + id;
			}
			catch (BusinessRuleException ex) {
				reject(binding, ex);
			}
		}
		return form(model, current);
	}

	private String form(Model model, CovenantSummary existing) {
		model.addAttribute("existing", existing);
		model.addAttribute("statuses", existing == null ? List.of(CovenantStatus.DRAFT, CovenantStatus.ACTIVE)
				: List.of(CovenantStatus.values()).stream().filter(s -> existing.status().canMoveTo(s)).toList());
		return "covenant/form";
	}

	/** htmx: NACE codes matching the search text, for the covenant form. */
	@GetMapping("/nace-search")
	String naceSearch(@RequestParam(defaultValue = "") String q, Model model) {
		guard.requireManage();
		model.addAttribute("results", q.strip().length() < 2 ? List.of() : covenants.searchNace(q, 15));
		model.addAttribute("q", q.strip());
		return "covenant/form :: nace-results";
	}

	// ------------------------------------------------------------------ the covenant page

	@GetMapping("/{covenantId}")
	String overview(@PathVariable String covenantId, Model model) {
		return section(CovenantId.parse(covenantId), "overview", model);
	}

	@GetMapping("/{covenantId}/{section:parties|themes|bodies|members}")
	String section(@PathVariable String covenantId, @PathVariable String section, Model model) {
		return section(CovenantId.parse(covenantId), section, model);
	}

	private String section(CovenantId id, String section, Model model) {
		CurrentUser viewer = guard.viewer();
		CovenantDetails details = covenants.details(id, viewer);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("details", details);
		model.addAttribute("covenant", details.covenant());
		model.addAttribute("section", section);
		model.addAttribute("sections", SECTIONS);
		model.addAttribute("today", today);
		model.addAttribute("elapsed", details.covenant().term().percentElapsed(today));
		boolean manage = viewer.isSecretariat();
		model.addAttribute("mayManage", manage);
		MembershipView own = details.memberships()
			.stream()
			.filter(m -> m.organisationId().equals(viewer.organisationId()) && m.state().isOpen())
			.findFirst()
			.orElse(null);
		model.addAttribute("ownMembership", own);
		model.addAttribute("mayApply", own == null && guard.mayApply(viewer)
				&& details.covenant().status() == CovenantStatus.ACTIVE);
		if ("members".equals(section)) {
			model.addAttribute("histories", covenants.histories(id, viewer));
		}
		if (manage) {
			addManagementModel(details, model);
		}
		else if (!model.containsAttribute("membershipForm")) {
			model.addAttribute("membershipForm", new MembershipApplication("", false, null));
		}
		return "covenant/detail";
	}

	private void addManagementModel(CovenantDetails details, Model model) {
		List<OrganisationSummary> all = organisations.all()
			.stream()
			.filter(OrganisationSummary::active)
			.sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		Set<String> participating = details.participants()
			.stream()
			.map(p -> p.organisationId().toString())
			.collect(Collectors.toSet());
		Set<String> members = details.memberships()
			.stream()
			.filter(m -> m.state().isOpen())
			.map(m -> m.organisationId().toString())
			.collect(Collectors.toSet());
		Set<OrganisationType> notParticipants = Set.of(OrganisationType.COMPANY, OrganisationType.SECRETARIAT,
				OrganisationType.COMPLAINTS_COMMITTEE);
		model.addAttribute("participantCandidates", all.stream()
			.filter(o -> !notParticipants.contains(o.type()) && !participating.contains(o.id().toString()))
			.toList());
		model.addAttribute("companyCandidates", all.stream()
			.filter(o -> o.type() == OrganisationType.COMPANY && !members.contains(o.id().toString()))
			.toList());
		model.addAttribute("organisations", all);
		model.addAttribute("roles", ParticipantRole.values());
		model.addAttribute("constituencies", Constituency.values());
		model.addAttribute("seats", Seat.values());
		model.addAttribute("bodyTypes", List.of(BodyType.values())
			.stream()
			.filter(t -> !t.isSingle() || details.bodies().stream().noneMatch(b -> b.type() == t))
			.toList());
		model.addAttribute("activeThemes", details.themes().stream().filter(ThemeView::active).toList());
		model.addAttribute("parties", details.parties());
		addIfAbsent(model, "participantForm", new NewParticipant("", ParticipantRole.PARTY, null, null));
		addIfAbsent(model, "commitmentForm", new NewCommitment("", "", "", "", null));
		addIfAbsent(model, "themeForm", new NewTheme("", "", ""));
		addIfAbsent(model, "bodyForm", new NewBody(null, "", ""));
		addIfAbsent(model, "memberForm", BodyMemberForm.empty());
		addIfAbsent(model, "membershipForm", new MembershipApplication("", false, null));
	}

	// ------------------------------------------------------------------ parties, stakeholders, commitments

	@PostMapping("/{covenantId}/participants")
	String addParticipant(@PathVariable String covenantId, @Valid @ModelAttribute("participantForm") NewParticipant form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		guard.requireManage();
		CovenantId id = CovenantId.parse(covenantId);
		return write(binding, redirect, () -> covenants.addParticipant(id, form), id, "parties",
				"covenant.flash.participant-added", model);
	}

	@PostMapping("/{covenantId}/participants/{participantId}/delete")
	String removeParticipant(@PathVariable String covenantId, @PathVariable String participantId,
			RedirectAttributes redirect) {
		guard.requireManage();
		CovenantId id = CovenantId.parse(covenantId);
		return act(redirect, () -> covenants.removeParticipant(id, Ids.parse(participantId, "participant")), id,
				"parties", "covenant.flash.participant-removed");
	}

	@PostMapping("/{covenantId}/commitments")
	String addCommitment(@PathVariable String covenantId, @Valid @ModelAttribute("commitmentForm") NewCommitment form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		guard.requireManage();
		CovenantId id = CovenantId.parse(covenantId);
		return write(binding, redirect, () -> covenants.addCommitment(id, form), id, "parties",
				"covenant.flash.commitment-added", model);
	}

	@PostMapping("/{covenantId}/commitments/{commitmentId}/delete")
	String removeCommitment(@PathVariable String covenantId, @PathVariable String commitmentId,
			RedirectAttributes redirect) {
		guard.requireManage();
		CovenantId id = CovenantId.parse(covenantId);
		return act(redirect, () -> covenants.removeCommitment(id, Ids.parse(commitmentId, "commitment")), id,
				"parties", "covenant.flash.commitment-removed");
	}

	// ------------------------------------------------------------------ themes

	@PostMapping("/{covenantId}/themes")
	String addTheme(@PathVariable String covenantId, @Valid @ModelAttribute("themeForm") NewTheme form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		guard.requireManage();
		CovenantId id = CovenantId.parse(covenantId);
		return write(binding, redirect, () -> covenants.addTheme(id, form), id, "themes", "covenant.flash.theme-added",
				model);
	}

	@GetMapping("/{covenantId}/themes/{themeId}/edit")
	String editTheme(@PathVariable String covenantId, @PathVariable String themeId, Model model) {
		guard.requireManage();
		CovenantId id = CovenantId.parse(covenantId);
		ThemeView theme = theme(id, ThemeId.parse(themeId));
		model.addAttribute("form", new ThemeChange(theme.customName(), theme.description(), theme.active()));
		return themeForm(id, theme, model);
	}

	@PostMapping("/{covenantId}/themes/{themeId}")
	String updateTheme(@PathVariable String covenantId, @PathVariable String themeId,
			@Valid @ModelAttribute("form") ThemeChange form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		guard.requireManage();
		CovenantId id = CovenantId.parse(covenantId);
		ThemeView theme = theme(id, ThemeId.parse(themeId));
		if (!binding.hasErrors()) {
			try {
				covenants.updateTheme(id, theme.id(), form);
				redirect.addFlashAttribute("flash", "covenant.flash.theme-updated");
				return "redirect:/covenants/" + id + "/themes";
			}
			catch (IllegalArgumentException ex) {
				binding.rejectValue("name", "covenant.theme.name-required", ex.getMessage());
			}
		}
		return themeForm(id, theme, model);
	}

	private ThemeView theme(CovenantId id, ThemeId themeId) {
		covenants.get(id, guard.viewer());
		return covenants.themes(id)
			.stream()
			.filter(t -> t.id().equals(themeId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("theme", themeId));
	}

	private String themeForm(CovenantId id, ThemeView theme, Model model) {
		model.addAttribute("covenant", covenants.get(id, guard.viewer()));
		model.addAttribute("theme", theme);
		return "covenant/theme-form";
	}

	// ------------------------------------------------------------------ bodies

	@PostMapping("/{covenantId}/bodies")
	String addBody(@PathVariable String covenantId, @Valid @ModelAttribute("bodyForm") NewBody form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		guard.requireManage();
		CovenantId id = CovenantId.parse(covenantId);
		return write(binding, redirect, () -> covenants.addBody(id, form), id, "bodies", "covenant.flash.body-added",
				model);
	}

	@PostMapping("/{covenantId}/bodies/members")
	String addBodyMember(@PathVariable String covenantId, @Valid @ModelAttribute("memberForm") BodyMemberForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		guard.requireManage();
		CovenantId id = CovenantId.parse(covenantId);
		return write(binding, redirect,
				() -> covenants.addBodyMember(id, Ids.parse(form.bodyId(), "body"), form.command()), id, "bodies",
				"covenant.flash.body-member-added", model);
	}

	@PostMapping("/{covenantId}/bodies/{bodyId}/members/{memberId}/delete")
	String removeBodyMember(@PathVariable String covenantId, @PathVariable String bodyId,
			@PathVariable String memberId, RedirectAttributes redirect) {
		guard.requireManage();
		CovenantId id = CovenantId.parse(covenantId);
		return act(redirect, () -> covenants.removeBodyMember(id, Ids.parse(bodyId, "body"),
				Ids.parse(memberId, "body member")), id, "bodies", "covenant.flash.body-member-removed");
	}

	// ------------------------------------------------------------------ memberships

	/** The secretariat registers a company; a company editor applies for its own organisation. */
	@PostMapping("/{covenantId}/memberships")
	String apply(@PathVariable String covenantId, @ModelAttribute("membershipForm") MembershipApplication form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		CovenantId id = CovenantId.parse(covenantId);
		covenants.get(id, guard.viewer());
		if (!guard.viewer().isSecretariat() || (form.organisationId() != null && !form.organisationId().isBlank())) {
			return write(binding, redirect,
					() -> covenants.applyForMembership(id, guard.applicant(form.organisationId()), form.isLightRegime(),
							guard.viewer().isSecretariat() ? form.appliedOn() : null),
					id, "members",
					guard.viewer().isSecretariat() ? "covenant.flash.registered" : "covenant.flash.applied", model);
		}
		binding.rejectValue("organisationId", "covenant.members.company-required");
		return section(id, "members", model);
	}

	@PostMapping("/{covenantId}/memberships/{membershipId}/transitions")
	String transition(@PathVariable String covenantId, @PathVariable String membershipId,
			@ModelAttribute MembershipTransition form, RedirectAttributes redirect) {
		guard.requireManage();
		CovenantId id = CovenantId.parse(covenantId);
		MembershipId membership = MembershipId.parse(membershipId);
		if (form.action() != null && form.action().reasonRequired() && form.reason() == null) {
			redirect.addFlashAttribute("covenantError", "covenant.validation.reason-required");
			return "redirect:/covenants/" + id + "/members";
		}
		return act(redirect, () -> covenants.transition(id, membership, form), id, "members",
				"covenant.flash.transition." + (form.action() == null ? MembershipAction.ACTIVATE : form.action()));
	}

	@PostMapping("/{covenantId}/memberships/{membershipId}/regime")
	String regime(@PathVariable String covenantId, @PathVariable String membershipId,
			@RequestParam(defaultValue = "false") boolean lightRegime, RedirectAttributes redirect) {
		guard.requireManage();
		CovenantId id = CovenantId.parse(covenantId);
		return act(redirect, () -> covenants.changeRegime(id, MembershipId.parse(membershipId), lightRegime), id,
				"members", "covenant.flash.regime-changed");
	}

	// ------------------------------------------------------------------ helpers

	/** Runs a form's write; on a validation or business-rule error shows the section again with the errors. */
	private String write(BindingResult binding, RedirectAttributes redirect, Runnable action, CovenantId id,
			String section, String flash, Model model) {
		if (!binding.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("flash", flash);
				return "redirect:/covenants/" + id + "/" + section;
			}
			catch (BusinessRuleException ex) {
				reject(binding, ex);
			}
			catch (IllegalArgumentException ex) {
				binding.reject("covenant.error.invalid", ex.getMessage());
			}
		}
		return section(id, section, model);
	}

	/** Runs a button's write (no form fields) and goes back to the section with a message. */
	private String act(RedirectAttributes redirect, Runnable action, CovenantId id, String section, String flash) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", flash);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("covenantError", "covenant.error." + ex.code());
		}
		return "redirect:/covenants/" + id + "/" + section;
	}

	private static void reject(BindingResult binding, BusinessRuleException ex) {
		binding.reject("covenant.error." + ex.code(), ex.getMessage());
	}

	private static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}
