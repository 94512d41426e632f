package org.imvo.platform.covenant.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.imvo.platform.covenant.CovenantStatus;
import org.imvo.platform.covenant.MembershipState;
import org.imvo.platform.covenant.ParticipantRole;
import org.imvo.platform.covenant.domain.Membership;
import org.imvo.platform.covenant.internal.CovenantRows.CovenantRow;
import org.imvo.platform.home.AttentionItem;
import org.imvo.platform.home.AttentionProvider;
import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Start-page cards: the secretariat sees applications awaiting a decision (urgent) and drafts; a
 * company its own pending application or suspension; parties and stakeholders the covenants they
 * take part in; members of bodies the bodies they sit on.
 */
@Component
class CovenantAttention implements AttentionProvider {

	private final CovenantRepository repository;

	CovenantAttention(CovenantRepository repository) {
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AttentionItem> itemsFor(CurrentUser user) {
		Map<UUID, CovenantRow> covenants = repository.covenants()
			.stream()
			.collect(Collectors.toMap(CovenantRow::id, Function.identity()));
		List<AttentionItem> items = new ArrayList<>();
		if (user.isSecretariat()) {
			secretariat(covenants, items);
			return items;
		}
		if (user.has(Role.COMPANY)) {
			for (Membership m : repository.membershipsOf(user.organisationId())) {
				CovenantRow covenant = covenants.get(m.covenantId().value());
				if (m.state() == MembershipState.APPLIED) {
					items.add(new AttentionItem("covenant.attention.ownApplication", List.of(covenant.name()),
							"/covenants/" + covenant.id(), -1, false));
				}
				else if (m.state() == MembershipState.SUSPENDED) {
					items.add(new AttentionItem("covenant.attention.suspended", List.of(covenant.name()),
							"/covenants/" + covenant.id(), -1, true));
				}
			}
		}
		repository.participationsOf(user.organisationId().value())
			.stream()
			.map(p -> Map.entry(p, covenants.get(p.covenantId())))
			.filter(e -> e.getValue().status().isVisibleToAll())
			.forEach(e -> items.add(new AttentionItem(
					e.getKey().role() == ParticipantRole.PARTY ? "covenant.attention.party"
							: "covenant.attention.stakeholder",
					List.of(e.getValue().name()), "/covenants/" + e.getValue().id() + "/parties", -1, false)));
		repository.bodiesWithSeatFor(user.organisationId().value())
			.stream()
			.filter(b -> covenants.get(b.covenantId()).status().isVisibleToAll())
			.forEach(b -> items.add(new AttentionItem("covenant.attention.body",
					List.of(b.name(), covenants.get(b.covenantId()).name()), "/covenants/" + b.covenantId() + "/bodies",
					-1, false)));
		return items;
	}

	private void secretariat(Map<UUID, CovenantRow> covenants, List<AttentionItem> items) {
		List<Membership> applications = repository.membershipsIn(List.of(MembershipState.APPLIED));
		if (!applications.isEmpty()) {
			List<UUID> where = applications.stream().map(m -> m.covenantId().value()).distinct().toList();
			String link = where.size() == 1 ? "/covenants/" + where.get(0) + "/members" : "/covenants";
			items.add(new AttentionItem("covenant.attention.applications", List.of(), link, applications.size(), true));
		}
		List<CovenantRow> drafts = covenants.values().stream().filter(c -> c.status() == CovenantStatus.DRAFT).toList();
		if (!drafts.isEmpty()) {
			String link = drafts.size() == 1 ? "/covenants/" + drafts.get(0).id() : "/covenants";
			items.add(new AttentionItem("covenant.attention.drafts", List.of(), link, drafts.size(), false));
		}
	}

}
