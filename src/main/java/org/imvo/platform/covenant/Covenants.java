package org.imvo.platform.covenant;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.imvo.platform.covenant.domain.Membership;
import org.imvo.platform.covenant.domain.SteeringCommitteeComposition;
import org.imvo.platform.covenant.internal.CovenantRepository;
import org.imvo.platform.covenant.internal.CovenantRows.BodyMemberRow;
import org.imvo.platform.covenant.internal.CovenantRows.BodyRow;
import org.imvo.platform.covenant.internal.CovenantRows.CommitmentRow;
import org.imvo.platform.covenant.internal.CovenantRows.CovenantRow;
import org.imvo.platform.covenant.internal.CovenantRows.ParticipantRow;
import org.imvo.platform.covenant.internal.CovenantRows.ThemeRow;
import org.imvo.platform.covenant.internal.NaceCodes;
import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.CurrentUsers;
import org.imvo.platform.identity.OrganisationSummary;
import org.imvo.platform.identity.OrganisationType;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.shared.AuditableEvent;
import org.imvo.platform.shared.BusinessRuleException;
import org.imvo.platform.shared.Ids;
import org.imvo.platform.shared.NotFoundException;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Covenants, their parties and stakeholders, commitments, themes, bodies and memberships.
 * <p>
 * Reads take the viewer and show only what the viewer may see: drafts only to the secretariat;
 * applications, and memberships that ended before they began, only to the secretariat and the
 * company itself. Writes do not check permissions: callers check first (the secretariat manages,
 * a company may apply for itself; see {@code identity.OrganisationAccess}). Every write publishes
 * an {@link AuditableEvent}; every membership step also a {@link MembershipChanged}.
 */
@Service
@Validated
public class Covenants {

	private final CovenantRepository repository;

	private final NaceCodes naceCodes;

	private final Organisations organisations;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Covenants(CovenantRepository repository, NaceCodes naceCodes, Organisations organisations,
			CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.naceCodes = naceCodes;
		this.organisations = organisations;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ reads

	/** The covenants the viewer may see, newest term first. */
	@Transactional(readOnly = true)
	public List<CovenantSummary> visibleTo(CurrentUser viewer) {
		Map<UUID, List<String>> codes = repository.naceCodes();
		return repository.covenants()
			.stream()
			.filter(c -> mayRead(viewer, c.status()))
			.map(c -> summary(c, codes.getOrDefault(c.id(), List.of())))
			.toList();
	}

	/** Covenants the public portal lists: active or ended, and marked for listing. */
	@Transactional(readOnly = true)
	public List<CovenantSummary> publicCovenants() {
		Map<UUID, List<String>> codes = repository.naceCodes();
		return repository.covenants()
			.stream()
			.filter(c -> c.publicListed() && c.status().isVisibleToAll())
			.map(c -> summary(c, codes.getOrDefault(c.id(), List.of())))
			.toList();
	}

	/** A covenant whatever its status, for other modules; no visibility check. */
	@Transactional(readOnly = true)
	public Optional<CovenantSummary> find(CovenantId id) {
		return repository.covenant(id.value()).map(c -> summary(c, repository.naceCodes(c.id())));
	}

	/** The covenant if the viewer may see it; otherwise "not found". */
	@Transactional(readOnly = true)
	public CovenantSummary get(CovenantId id, CurrentUser viewer) {
		return summary(readable(id, viewer), repository.naceCodes(id.value()));
	}

	@Transactional(readOnly = true)
	public CovenantDetails details(CovenantId id, CurrentUser viewer) {
		CovenantRow row = readable(id, viewer);
		List<String> codes = repository.naceCodes(id.value());
		Map<OrganisationId, OrganisationSummary> orgs = organisationsById();
		List<ThemeView> themes = repository.themes(id.value()).stream().map(Covenants::theme).toList();
		Map<UUID, List<CommitmentView>> commitments = repository.commitments(id.value())
			.stream()
			.map(Covenants::commitment)
			.collect(Collectors.groupingBy(CommitmentView::participantId, LinkedHashMap::new, Collectors.toList()));
		List<ParticipantView> participants = repository.participants(id.value())
			.stream()
			.map(p -> participant(p, orgs, commitments.getOrDefault(p.id(), List.of())))
			.toList();
		Map<UUID, List<BodyMemberView>> members = repository.bodyMembers(id.value())
			.stream()
			.collect(Collectors.groupingBy(BodyMemberRow::bodyId, LinkedHashMap::new,
					Collectors.mapping(m -> bodyMember(m, orgs), Collectors.toList())));
		List<BodyView> bodies = repository.bodies(id.value())
			.stream()
			.map(b -> body(b, members.getOrDefault(b.id(), List.of())))
			.toList();
		List<MembershipView> memberships = repository.memberships(id)
			.stream()
			.filter(m -> mayView(viewer, m))
			.map(m -> membership(m, row.name(), orgs))
			.sorted(Comparator.comparing(MembershipView::state).thenComparing(MembershipView::organisationName))
			.toList();
		return new CovenantDetails(summary(row, codes), naceCodes.find(codes), participants, themes, bodies,
				memberships);
	}

	/** The priority themes of a covenant, for other modules (e.g. risk screening per theme). */
	@Transactional(readOnly = true)
	public List<ThemeView> themes(CovenantId id) {
		return repository.themes(id.value()).stream().map(Covenants::theme).toList();
	}

	@Transactional(readOnly = true)
	public List<MembershipView> memberships(CovenantId id, CurrentUser viewer) {
		CovenantRow row = readable(id, viewer);
		Map<OrganisationId, OrganisationSummary> orgs = organisationsById();
		return repository.memberships(id)
			.stream()
			.filter(m -> mayView(viewer, m))
			.map(m -> membership(m, row.name(), orgs))
			.toList();
	}

	/**
	 * The companies whose membership of the covenant is active (suspended ones included: they still
	 * source and still owe due diligence), for other modules that reason across members. Confidential
	 * in combination with their supply chains; never show it to another member.
	 */
	@Transactional(readOnly = true)
	public List<OrganisationId> activeMembers(CovenantId id) {
		return repository.memberships(id)
			.stream()
			.filter(m -> m.state() == MembershipState.ACTIVE || m.state() == MembershipState.SUSPENDED)
			.map(Membership::organisationId)
			.distinct()
			.toList();
	}

	/** Every membership of an organisation, for other modules and the organisation itself. */
	@Transactional(readOnly = true)
	public List<MembershipView> membershipsOf(OrganisationId organisation) {
		Map<OrganisationId, OrganisationSummary> orgs = organisationsById();
		Map<UUID, String> names = repository.covenants()
			.stream()
			.collect(Collectors.toMap(CovenantRow::id, CovenantRow::name));
		return repository.membershipsOf(organisation)
			.stream()
			.map(m -> membership(m, names.get(m.covenantId().value()), orgs))
			.toList();
	}

	@Transactional(readOnly = true)
	public MembershipView membership(CovenantId id, MembershipId membership, CurrentUser viewer) {
		CovenantRow row = readable(id, viewer);
		Membership m = repository.membership(id, membership)
			.filter(found -> mayView(viewer, found))
			.orElseThrow(() -> new NotFoundException("membership", membership));
		return membership(m, row.name(), organisationsById());
	}

	/**
	 * The steps of a membership, oldest first. Only the secretariat and the company itself may read
	 * them (reasons for a suspension can be sensitive); others are refused.
	 */
	@Transactional(readOnly = true)
	public List<MembershipHistoryEntry> history(CovenantId id, MembershipId membership, CurrentUser viewer) {
		readable(id, viewer);
		Membership m = repository.membership(id, membership)
			.filter(found -> mayView(viewer, found))
			.orElseThrow(() -> new NotFoundException("membership", membership));
		if (!mayReadHistory(viewer, m.organisationId())) {
			throw new AccessDeniedException(
					"Only the secretariat and the member itself read a membership's history");
		}
		return repository.history(membership);
	}

	/** The histories of the covenant's memberships whose history the viewer may read. */
	@Transactional(readOnly = true)
	public Map<MembershipId, List<MembershipHistoryEntry>> histories(CovenantId id, CurrentUser viewer) {
		readable(id, viewer);
		Map<MembershipId, List<MembershipHistoryEntry>> result = new LinkedHashMap<>();
		repository.memberships(id)
			.stream()
			.filter(m -> mayView(viewer, m) && mayReadHistory(viewer, m.organisationId()))
			.forEach(m -> result.put(m.id(), repository.history(m.id())));
		return result;
	}

	/** Whether {@code viewer} may read the history of a membership of {@code organisation}. */
	public boolean mayReadHistory(CurrentUser viewer, OrganisationId organisation) {
		return viewer.isSecretariat() || viewer.belongsTo(organisation);
	}

	/** Codes or descriptions of NACE Rev. 2 that contain {@code text}, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<NaceCode> searchNace(String text, int limit) {
		return naceCodes.search(text, Math.max(1, Math.min(limit, 50)));
	}

	// ------------------------------------------------------------------ covenant

	@Transactional
	public CovenantSummary create(@Valid CovenantInput input) {
		String name = input.name().strip();
		if (repository.covenantNameTaken(name, null)) {
			throw nameTaken(name);
		}
		CovenantStatus status = CovenantStatus.DRAFT.moveTo(input.status() == null ? CovenantStatus.DRAFT : input.status());
		Term term = new Term(input.termStart(), input.termEnd());
		CovenantRow row = new CovenantRow(UUID.randomUUID(), name, input.sector().strip(), trim(input.description()),
				trim(input.goals()), term.start(), term.end(), status, input.isPublicListed());
		repository.insertCovenant(row, clock.instant());
		repository.replaceNaceCodes(row.id(), input.naceCodes());
		if (input.withDefaultThemes()) {
			int position = 1;
			for (StandardTheme theme : StandardTheme.values()) {
				repository.insertTheme(new ThemeRow(UUID.randomUUID(), row.id(), theme.name(), null, null, position++,
						true));
			}
		}
		audit("covenant.created", "covenant", row.id(), null, "Created covenant '" + name + "' (" + row.sector()
				+ ", NACE " + input.naceCodes() + ", " + term.start() + " to " + term.end() + ", " + status + ")");
		return summary(row, input.naceCodes());
	}

	@Transactional
	public CovenantSummary update(CovenantId id, @Valid CovenantInput input) {
		CovenantRow current = locked(id);
		String name = input.name().strip();
		if (repository.covenantNameTaken(name, id.value())) {
			throw nameTaken(name);
		}
		CovenantStatus status = current.status().moveTo(input.status() == null ? current.status() : input.status());
		Term term = new Term(input.termStart(), input.termEnd());
		CovenantRow row = new CovenantRow(id.value(), name, input.sector().strip(), trim(input.description()),
				trim(input.goals()), term.start(), term.end(), status, input.isPublicListed());
		repository.updateCovenant(row, clock.instant());
		repository.replaceNaceCodes(id.value(), input.naceCodes());
		audit("covenant.updated", "covenant", id.value(), null, "Updated covenant '" + name + "' (" + row.sector()
				+ ", NACE " + input.naceCodes() + ", " + term.start() + " to " + term.end() + ", " + status + ")");
		return summary(row, input.naceCodes());
	}

	// ------------------------------------------------------------------ parties and stakeholders

	@Transactional
	public ParticipantView addParticipant(CovenantId id, @Valid NewParticipant command) {
		CovenantRow covenant = locked(id);
		OrganisationSummary organisation = organisations.get(OrganisationId.parse(command.organisationId()));
		if (organisation.type() == OrganisationType.COMPANY) {
			throw new BusinessRuleException("participant.company",
					"Companies take part in a covenant as members: register a membership instead.");
		}
		if (organisation.type() == OrganisationType.SECRETARIAT
				|| organisation.type() == OrganisationType.COMPLAINTS_COMMITTEE) {
			throw new BusinessRuleException("participant.body",
					"The secretariat and the complaints committee are bodies of the covenant, not parties or stakeholders.");
		}
		if (repository.isParticipant(id.value(), organisation.id().value())) {
			throw new BusinessRuleException("participant.duplicate",
					"'" + organisation.name() + "' already takes part in this covenant.");
		}
		Constituency constituency = command.constituency() != null ? command.constituency()
				: Constituency.defaultFor(organisation.type());
		ParticipantRow row = new ParticipantRow(UUID.randomUUID(), id.value(), organisation.id().value(),
				command.role(), constituency, command.joinedOn());
		repository.insertParticipant(row, clock.instant());
		audit("covenant.participant-added", "covenant-participant", row.id(), organisation.id(), "Added '"
				+ organisation.name() + "' to '" + covenant.name() + "' as " + command.role() + " (" + constituency + ")");
		return participant(row, Map.of(organisation.id(), organisation), List.of());
	}

	@Transactional
	public void removeParticipant(CovenantId id, UUID participantId) {
		CovenantRow covenant = locked(id);
		ParticipantRow row = repository.participant(id.value(), participantId)
			.orElseThrow(() -> new NotFoundException("participant", participantId));
		if (repository.commitmentCount(row.id()) > 0) {
			throw new BusinessRuleException("participant.has-commitments",
					"This party has commitments; remove them first.");
		}
		repository.deleteParticipant(row.id());
		OrganisationId organisation = new OrganisationId(row.organisationId());
		audit("covenant.participant-removed", "covenant-participant", row.id(), organisation,
				"Removed " + row.role() + " " + organisationName(organisation) + " from '" + covenant.name() + "'");
	}

	@Transactional
	public CommitmentView addCommitment(CovenantId id, @Valid NewCommitment command) {
		CovenantRow covenant = locked(id);
		UUID participantId = Ids.parse(command.participantId(), "participant");
		ParticipantRow participant = repository.participant(id.value(), participantId)
			.orElseThrow(() -> new NotFoundException("participant", participantId));
		if (!participant.role().mayCommit()) {
			throw new BusinessRuleException("commitment.stakeholder",
					"Stakeholders are consulted, not bound: only parties make commitments.");
		}
		UUID themeId = null;
		if (command.themeId() != null && !command.themeId().isBlank()) {
			ThemeId theme = ThemeId.parse(command.themeId());
			themeId = repository.theme(id.value(), theme.value())
				.orElseThrow(() -> new NotFoundException("theme", theme))
				.id();
		}
		CommitmentRow row = new CommitmentRow(UUID.randomUUID(), id.value(), participant.id(), themeId,
				command.title().strip(), trim(command.description()), command.dueOn());
		repository.insertCommitment(row, clock.instant());
		OrganisationId organisation = new OrganisationId(participant.organisationId());
		audit("covenant.commitment-added", "covenant-commitment", row.id(), organisation, "Commitment of "
				+ organisationName(organisation) + " in '" + covenant.name() + "': " + row.title());
		return commitment(row);
	}

	@Transactional
	public void removeCommitment(CovenantId id, UUID commitmentId) {
		CovenantRow covenant = locked(id);
		CommitmentRow row = repository.commitment(id.value(), commitmentId)
			.orElseThrow(() -> new NotFoundException("commitment", commitmentId));
		repository.deleteCommitment(row.id());
		audit("covenant.commitment-removed", "covenant-commitment", row.id(), null,
				"Removed commitment '" + row.title() + "' from '" + covenant.name() + "'");
	}

	// ------------------------------------------------------------------ themes

	@Transactional
	public ThemeView addTheme(CovenantId id, @Valid NewTheme command) {
		CovenantRow covenant = locked(id);
		String name = command.name().strip();
		String code = command.code() == null || command.code().isBlank() ? codeFor(name)
				: command.code().strip().toUpperCase(Locale.ROOT);
		if (repository.themeCodeTaken(id.value(), code)) {
			throw new BusinessRuleException("theme.code-taken",
					"This covenant already has a theme with the code " + code + ".");
		}
		ThemeRow row = new ThemeRow(UUID.randomUUID(), id.value(), code, name, trim(command.description()),
				repository.nextThemePosition(id.value()), true);
		repository.insertTheme(row);
		audit("covenant.theme-added", "covenant-theme", row.id(), null,
				"Added theme '" + name + "' (" + code + ") to '" + covenant.name() + "'");
		return theme(row);
	}

	@Transactional
	public ThemeView updateTheme(CovenantId id, ThemeId themeId, @Valid ThemeChange command) {
		CovenantRow covenant = locked(id);
		ThemeRow current = repository.theme(id.value(), themeId.value())
			.orElseThrow(() -> new NotFoundException("theme", themeId));
		String name = trim(command.name());
		if (name == null && StandardTheme.byCode(current.code()).isEmpty()) {
			throw new IllegalArgumentException("A theme needs a name.");
		}
		ThemeRow row = new ThemeRow(current.id(), current.covenantId(), current.code(), name,
				trim(command.description()), current.position(), command.isActive());
		repository.updateTheme(row);
		ThemeView view = theme(row);
		audit("covenant.theme-updated", "covenant-theme", row.id(), null, "Updated theme '" + view.name() + "' ("
				+ row.code() + (row.active() ? "" : ", inactive") + ") of '" + covenant.name() + "'");
		return view;
	}

	// ------------------------------------------------------------------ bodies

	@Transactional
	public BodyView addBody(CovenantId id, @Valid NewBody command) {
		CovenantRow covenant = locked(id);
		if (command.type().isSingle() && repository.bodyTypeTaken(id.value(), command.type())) {
			throw new BusinessRuleException("body.exists", "This covenant already has a body of type "
					+ command.type() + "; add members to it instead.");
		}
		BodyRow row = new BodyRow(UUID.randomUUID(), id.value(), command.type(), command.name().strip(),
				trim(command.mandate()));
		repository.insertBody(row, clock.instant());
		audit("covenant.body-added", "covenant-body", row.id(), null,
				"Set up " + row.type() + " '" + row.name() + "' of '" + covenant.name() + "'");
		return body(row, List.of());
	}

	@Transactional
	public BodyMemberView addBodyMember(CovenantId id, UUID bodyId, @Valid NewBodyMember command) {
		CovenantRow covenant = locked(id);
		BodyRow body = repository.body(id.value(), bodyId).orElseThrow(() -> new NotFoundException("body", bodyId));
		OrganisationSummary organisation = command.organisationId() == null || command.organisationId().isBlank()
				? null : organisations.get(OrganisationId.parse(command.organisationId()));
		Constituency constituency = null;
		if (!command.isIndependent()) {
			constituency = command.constituency() != null ? command.constituency()
					: organisation != null ? Constituency.defaultFor(organisation.type()) : null;
			if (constituency == null) {
				throw new IllegalArgumentException(
						"Say which constituency the member represents, or seat the member as independent.");
			}
		}
		BodyMemberRow row = new BodyMemberRow(UUID.randomUUID(), body.id(), command.personName().strip(),
				organisation == null ? null : organisation.id().value(), constituency, command.seat(),
				command.isIndependent(), command.since());
		repository.insertBodyMember(row, clock.instant());
		audit("covenant.body-member-added", "covenant-body-member", row.id(),
				organisation == null ? null : organisation.id(),
				"Seated " + row.personName() + " (" + (row.independent() ? "independent" : constituency) + ", "
						+ row.seat() + ") in '" + body.name() + "' of '" + covenant.name() + "'");
		return bodyMember(row, organisation == null ? Map.of() : Map.of(organisation.id(), organisation));
	}

	@Transactional
	public void removeBodyMember(CovenantId id, UUID bodyId, UUID memberId) {
		CovenantRow covenant = locked(id);
		BodyRow body = repository.body(id.value(), bodyId).orElseThrow(() -> new NotFoundException("body", bodyId));
		BodyMemberRow row = repository.bodyMember(body.id(), memberId)
			.orElseThrow(() -> new NotFoundException("body member", memberId));
		repository.deleteBodyMember(row.id());
		audit("covenant.body-member-removed", "covenant-body-member", row.id(), null,
				"Removed " + row.personName() + " from '" + body.name() + "' of '" + covenant.name() + "'");
	}

	// ------------------------------------------------------------------ memberships

	/**
	 * A company's application for membership (also used when the secretariat registers a company):
	 * the membership starts as {@link MembershipState#APPLIED}.
	 */
	@Transactional
	public MembershipView applyForMembership(CovenantId id, OrganisationId company, boolean lightRegime) {
		return applyForMembership(id, company, lightRegime, null);
	}

	/**
	 * As {@link #applyForMembership(CovenantId, OrganisationId, boolean)}, dated {@code appliedOn}
	 * (null means today), for the secretariat registering an application it received earlier.
	 */
	@Transactional
	public MembershipView applyForMembership(CovenantId id, OrganisationId company, boolean lightRegime,
			LocalDate appliedOn) {
		CovenantRow covenant = locked(id);
		if (covenant.status() == CovenantStatus.ENDED) {
			throw new BusinessRuleException("membership.covenant-ended", "This covenant has ended; it takes no members.");
		}
		OrganisationSummary organisation = organisations.get(company);
		if (organisation.type() != OrganisationType.COMPANY) {
			throw new BusinessRuleException("membership.not-a-company",
					"Only companies become members; other organisations take part as parties or stakeholders.");
		}
		if (repository.hasOpenMembership(id, company)) {
			throw new BusinessRuleException("membership.exists",
					"'" + organisation.name() + "' already has a membership or an application for this covenant.");
		}
		Instant now = clock.instant();
		Membership.Step step = Membership.apply(id, company, lightRegime, actor(), now, LocalDate.now(clock),
				appliedOn);
		repository.insertMembership(step.membership(), now);
		repository.insertHistory(step.membership().id(), step.entry());
		audit("membership.applied", "membership", step.membership().id().value(), company, "'" + organisation.name()
				+ "' applied for membership of '" + covenant.name() + "'" + (lightRegime ? " (light regime)" : ""));
		publish(step, null);
		return membership(step.membership(), covenant.name(), Map.of(company, organisation));
	}

	/** Moves a membership on; refuses what the transition table does not allow (409). */
	@Transactional
	public MembershipView transition(CovenantId id, MembershipId membershipId, @Valid MembershipTransition command) {
		CovenantRow covenant = locked(id);
		Membership current = repository.lockMembership(id, membershipId)
			.orElseThrow(() -> new NotFoundException("membership", membershipId));
		Instant now = clock.instant();
		Membership.Step step = current.perform(command.action(), command.reason(), actor(), now, LocalDate.now(clock),
				command.effectiveOn());
		repository.updateMembership(step.membership(), now);
		repository.insertHistory(membershipId, step.entry());
		String name = organisationName(current.organisationId());
		audit("membership." + command.action().name().toLowerCase(Locale.ROOT), "membership", membershipId.value(),
				current.organisationId(), "Membership of '" + name + "' in '" + covenant.name() + "': " + current.state()
						+ " -> " + step.membership().state() + (command.reason() == null ? "" : " (" + command.reason() + ")"));
		publish(step, current.state());
		return membership(step.membership(), covenant.name(), organisationsById());
	}

	@Transactional
	public MembershipView changeRegime(CovenantId id, MembershipId membershipId, boolean lightRegime) {
		CovenantRow covenant = locked(id);
		Membership current = repository.lockMembership(id, membershipId)
			.orElseThrow(() -> new NotFoundException("membership", membershipId));
		Membership changed = current.withLightRegime(lightRegime);
		repository.updateMembership(changed, clock.instant());
		String name = organisationName(current.organisationId());
		audit("membership.regime-changed", "membership", membershipId.value(), current.organisationId(),
				"Membership of '" + name + "' in '" + covenant.name() + "': "
						+ (lightRegime ? "light regime" : "full regime"));
		return membership(changed, covenant.name(), organisationsById());
	}

	// ------------------------------------------------------------------ helpers

	private static boolean mayRead(CurrentUser viewer, CovenantStatus status) {
		return status.isVisibleToAll() || viewer.isSecretariat();
	}

	/**
	 * Applications, and memberships that ended without ever being active (withdrawn or rejected
	 * applications), are seen only by the secretariat and the company itself.
	 */
	private static boolean mayView(CurrentUser viewer, Membership m) {
		return viewer.isSecretariat() || viewer.belongsTo(m.organisationId()) || m.activeSince() != null;
	}

	private CovenantRow readable(CovenantId id, CurrentUser viewer) {
		return repository.covenant(id.value())
			.filter(c -> mayRead(viewer, c.status()))
			.orElseThrow(() -> new NotFoundException("covenant", id));
	}

	private CovenantRow locked(CovenantId id) {
		return repository.lockCovenant(id.value()).orElseThrow(() -> new NotFoundException("covenant", id));
	}

	private Map<OrganisationId, OrganisationSummary> organisationsById() {
		return organisations.all().stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
	}

	private String organisationName(OrganisationId id) {
		return organisations.find(id).map(OrganisationSummary::name).orElse(id.toString());
	}

	private String actor() {
		return currentUsers.current().map(CurrentUser::username).orElse("system");
	}

	private void audit(String action, String entityType, UUID entityId, OrganisationId organisation, String summary) {
		events.publishEvent(new AuditableEvent(action, entityType, entityId.toString(), organisation, summary));
	}

	private void publish(Membership.Step step, MembershipState from) {
		Membership m = step.membership();
		events.publishEvent(new MembershipChanged(m.covenantId(), m.id(), m.organisationId(), from, m.state(),
				m.lightRegime(), step.entry().occurredAt()));
	}

	private static BusinessRuleException nameTaken(String name) {
		return new BusinessRuleException("covenant.name-taken", "A covenant named '" + name + "' already exists.");
	}

	/** An upper-case code from a theme name: "Land rights" becomes LAND_RIGHTS. */
	static String codeFor(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String code = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (code.isEmpty() || !Character.isLetter(code.charAt(0))) {
			code = "THEME_" + code;
		}
		code = code.length() > 50 ? code.substring(0, 50) : code;
		return code.length() < 2 ? "THEME_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT)
				: code;
	}

	private static String trim(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static CovenantSummary summary(CovenantRow row, List<String> codes) {
		return new CovenantSummary(new CovenantId(row.id()), row.name(), row.sector(), codes,
				new Term(row.termStart(), row.termEnd()), row.status(), row.publicListed(), row.description(),
				row.goals());
	}

	private static ThemeView theme(ThemeRow row) {
		Optional<StandardTheme> standard = StandardTheme.byCode(row.code());
		String name = row.name() != null ? row.name() : standard.map(StandardTheme::englishName).orElse(row.code());
		return new ThemeView(new ThemeId(row.id()), new CovenantId(row.covenantId()), row.code(), name, row.name(),
				row.description(), row.position(), row.active(), standard.isPresent());
	}

	private static CommitmentView commitment(CommitmentRow row) {
		return new CommitmentView(row.id(), row.participantId(), row.title(), row.description(),
				row.themeId() == null ? null : new ThemeId(row.themeId()), row.dueOn());
	}

	private static ParticipantView participant(ParticipantRow row, Map<OrganisationId, OrganisationSummary> orgs,
			List<CommitmentView> commitments) {
		OrganisationId id = new OrganisationId(row.organisationId());
		OrganisationSummary organisation = orgs.get(id);
		return new ParticipantView(row.id(), id, organisation == null ? id.toString() : organisation.name(),
				organisation == null ? OrganisationType.OTHER : organisation.type(), row.role(), row.constituency(),
				row.joinedOn(), commitments);
	}

	private static BodyMemberView bodyMember(BodyMemberRow row, Map<OrganisationId, OrganisationSummary> orgs) {
		OrganisationId id = row.organisationId() == null ? null : new OrganisationId(row.organisationId());
		OrganisationSummary organisation = id == null ? null : orgs.get(id);
		return new BodyMemberView(row.id(), row.personName(), id, organisation == null ? null : organisation.name(),
				row.constituency(), row.seat(), row.independent(), row.since());
	}

	private static BodyView body(BodyRow row, List<BodyMemberView> members) {
		List<CompositionIssue> issues = row.type() == BodyType.STEERING_COMMITTEE
				? SteeringCommitteeComposition.issues(members) : List.of();
		return new BodyView(row.id(), row.type(), row.name(), row.mandate(), members, issues);
	}

	private static MembershipView membership(Membership m, String covenantName,
			Map<OrganisationId, OrganisationSummary> orgs) {
		OrganisationSummary organisation = orgs.get(m.organisationId());
		return new MembershipView(m.id(), m.covenantId(), covenantName, m.organisationId(),
				organisation == null ? m.organisationId().toString() : organisation.name(), m.state(), m.lightRegime(),
				m.appliedOn(), m.activeSince(), m.suspendedSince(), m.exitedOn());
	}

}
