package org.imvo.platform.facility;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.imvo.platform.facility.internal.FacilityIds;
import org.imvo.platform.facility.internal.FacilityRepository;
import org.imvo.platform.facility.internal.FacilityRepository.ChangeRecord;
import org.imvo.platform.facility.internal.FacilityRepository.FacilityRecord;
import org.imvo.platform.facility.internal.FacilityRepository.MergeRecord;
import org.imvo.platform.facility.internal.ImportRepository;
import org.imvo.platform.facility.internal.ImportRepository.ListRecord;
import org.imvo.platform.facility.internal.ImportRepository.RowRecord;
import org.imvo.platform.facility.internal.RegistryIndex;
import org.imvo.platform.identity.OrganisationSummary;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.shared.AuditableEvent;
import org.imvo.platform.shared.BusinessRuleException;
import org.imvo.platform.shared.NotFoundException;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facility registry: look-ups by id (old ids of merged facilities resolve to the survivor),
 * search, and the secretariat's corrections with history — merge two facilities, undo a merge, and
 * separate a wrongly matched location into a facility of its own.
 * <p>
 * A facility's own attributes are not confidential; which organisations source there is, and only
 * {@link #details} (for the secretariat) shows it. Permissions are the caller's job; every change
 * publishes an {@link AuditableEvent}.
 */
@Service
public class FacilityRegistry {

	private final FacilityRepository facilities;

	private final ImportRepository lists;

	private final RegistryIndex index;

	private final FacilityIds ids;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FacilityRegistry(FacilityRepository facilities, ImportRepository lists, RegistryIndex index, FacilityIds ids,
			Organisations organisations, ApplicationEventPublisher events, Clock clock) {
		this.facilities = facilities;
		this.lists = lists;
		this.index = index;
		this.ids = ids;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ reads

	/** The facility with this id, or the facility it was merged into. */
	@Transactional(readOnly = true)
	public ResolvedFacility resolve(FacilityId id) {
		return new ResolvedFacility(record(id).view(), id);
	}

	/** Everything about a facility, including who sources there: for the secretariat only. */
	@Transactional(readOnly = true)
	public FacilityDetails details(FacilityId id) {
		FacilityRecord facility = record(id);
		Map<OrganisationId, String> names = organisations.all()
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
		List<ChangeRecord> changes = facilities.changesAround(facility.key());
		Set<Long> keys = new HashSet<>();
		changes.forEach(c -> {
			keys.add(c.facilityKey());
			keys.add(c.otherKey());
		});
		Map<Long, FacilityRecord> involved = facilities.byKeys(keys)
			.stream()
			.collect(Collectors.toMap(FacilityRecord::key, Function.identity()));
		List<FacilityDetails.Change> history = changes.stream()
			.map(c -> new FacilityDetails.Change(c.id(), c.kind(), involved.get(c.facilityKey()).view().facilityId(),
					involved.get(c.otherKey()).view().facilityId(), c.actor(), c.reason(), c.changedAt(),
					c.undoneBy() != null,
					"MERGE".equals(c.kind()) && c.undoneBy() == null
							&& involved.get(c.facilityKey()).view().status() == FacilityStatus.ACTIVE))
			.toList();
		return new FacilityDetails(new ResolvedFacility(facility.view(), id), facilities.aliasesOf(facility.key()),
				facilities.sourcing(facility.key(), names), facilities.statements(facility.key(), names),
				facilities.provenance(facility.key(), names), history);
	}

	/** Active facilities whose name, address or id contains {@code text}, optionally in one country. */
	@Transactional(readOnly = true)
	public List<FacilityView> search(String text, String countryCode, int limit) {
		String country = countryCode == null || countryCode.isBlank() ? null : countryCode.strip().toUpperCase();
		return facilities.search(text, country, Math.max(1, Math.min(limit, 500)))
			.stream()
			.map(FacilityRecord::view)
			.toList();
	}

	/** The number of active facilities in the registry. */
	@Transactional(readOnly = true)
	public long size() {
		return facilities.countActive();
	}

	// ------------------------------------------------------------------ merge and undo

	/**
	 * Merges {@code absorbed} into {@code survivor}: the absorbed id becomes an alias of the survivor;
	 * its links (list rows, and with them current locations and provenance) move to the survivor.
	 */
	@Transactional
	public void merge(FacilityId survivor, FacilityId absorbed, String reason, String actor) {
		String why = requireReason(reason);
		index.awaitReady();
		facilities.lockRegistryExclusive();
		FacilityRecord keep = exact(survivor);
		FacilityRecord gone = exact(absorbed);
		if (keep.key() == gone.key()) {
			throw new BusinessRuleException("facility.merge-self", "A facility cannot be merged into itself.");
		}
		if (keep.view().status() != FacilityStatus.ACTIVE) {
			throw new BusinessRuleException("facility.merge-inactive",
					"Facility " + survivor + " was merged into another; merge into that one.");
		}
		FacilityStatus next = gone.view().status().moveTo(FacilityStatus.MERGED);
		if (!keep.view().countryCode().equals(gone.view().countryCode())) {
			throw new BusinessRuleException("facility.merge-countries",
					"Facilities in different countries (" + keep.view().countryCode() + ", "
							+ gone.view().countryCode() + ") cannot be the same facility.");
		}
		facilities.lockByKey(keep.key());
		facilities.lockByKey(gone.key());
		Instant now = clock.instant();
		List<OrganisationId> affected = lists.organisationsLinkedTo(List.of(keep.key(), gone.key()));
		List<Long> rows = facilities.moveRows(gone.key(), keep.key());
		facilities.setStatus(gone.key(), next, keep.key());
		long change = facilities.insertChange("MERGE", keep.key(), gone.key(), actor, why, now, rows, null);
		facilities.insertAlias(absorbed, keep.key(), change, now);
		index.removeInTransaction(gone.registered());
		events.publishEvent(new AuditableEvent("facility.merged", "facility", survivor.value(), null,
				"Merged facility " + absorbed + " into " + survivor + " (" + rows.size() + " list rows moved): " + why));
		affected.forEach(o -> events.publishEvent(new CurrentLocationsChanged(o, null)));
	}

	/**
	 * Undoes the merge that absorbed {@code absorbed}: it is active again with its own id, and the
	 * links and provenance that moved with the merge move back.
	 */
	@Transactional
	public void unmerge(FacilityId absorbed, String reason, String actor) {
		String why = requireReason(reason);
		index.awaitReady();
		facilities.lockRegistryExclusive();
		FacilityRecord gone = exact(absorbed);
		if (gone.view().status() != FacilityStatus.MERGED) {
			throw new BusinessRuleException("facility.not-merged", "Facility " + absorbed + " is not merged.");
		}
		MergeRecord merge = facilities.activeMergeOf(gone.key())
			.orElseThrow(() -> new BusinessRuleException("facility.not-merged",
					"No merge of facility " + absorbed + " is on record."));
		FacilityRecord keep = facilities.lockByKey(merge.survivorKey()).orElseThrow();
		if (keep.view().status() != FacilityStatus.ACTIVE) {
			throw new BusinessRuleException("facility.undo-later-merge-first",
					"Facility " + keep.view().facilityId() + " has been merged into another facility since; undo "
							+ "that merge first.");
		}
		facilities.lockByKey(gone.key());
		Instant now = clock.instant();
		facilities.moveRowsBack(merge.movedRows(), keep.key(), gone.key());
		facilities.setStatus(gone.key(), gone.view().status().moveTo(FacilityStatus.ACTIVE), null);
		facilities.deleteAlias(absorbed);
		long undo = facilities.insertChange("UNMERGE", keep.key(), gone.key(), actor, why, now, merge.movedRows(),
				merge.id());
		facilities.markUndone(merge.id(), undo);
		List<OrganisationId> affected = lists.organisationsLinkedTo(List.of(keep.key(), gone.key()));
		index.addInTransaction(List.of(facilities.byKey(gone.key()).orElseThrow().registered()));
		events.publishEvent(new AuditableEvent("facility.unmerged", "facility", absorbed.value(), null,
				"Undid the merge of facility " + absorbed + " into " + keep.view().facilityId() + ": " + why));
		affected.forEach(o -> events.publishEvent(new CurrentLocationsChanged(o, null)));
	}

	// ------------------------------------------------------------------ separate

	/**
	 * Separates a location (a row of a committed list) that was linked to the wrong facility into a
	 * new facility of its own; the organisation's next lists keep it separate.
	 *
	 * @return the new facility's id
	 */
	@Transactional
	public FacilityId separate(ImportId listId, int rowNumber, String reason, String actor) {
		String why = requireReason(reason);
		index.awaitReady();
		facilities.lockRegistryExclusive();
		ListRecord list = lists.list(listId.value()).orElseThrow(() -> new NotFoundException("import", listId));
		if (list.status() != ImportStatus.DONE) {
			throw new BusinessRuleException("import.not-done", "Only rows of a committed list can be separated.");
		}
		RowRecord row = lists.lockRow(listId.value(), rowNumber)
			.orElseThrow(() -> new NotFoundException("row", rowNumber));
		if (row.facilityKey() == null) {
			throw new BusinessRuleException("facility.separate-unlinked",
					"Row " + rowNumber + " is not linked to a facility (" + row.outcome() + ").");
		}
		FacilityRecord from = facilities.lockByKey(row.facilityKey()).orElseThrow();
		Instant now = clock.instant();
		long key = facilities.allocateKeys(1).get(0);
		FacilityId fresh = ids.next(row.countryCode());
		facilities.insertFromRow(key, fresh, row.id(), now);
		lists.decide(row.id(), RowOutcome.NEW, key, true, "Separated by " + actor + " from facility "
				+ from.view().facilityId() + " into a new facility " + fresh + ".", actor, now);
		lists.rememberDecision(list.organisationId(), row.fingerprint(), key, actor, now, listId.value(), rowNumber);
		facilities.insertChange("SEPARATE", from.key(), key, actor, why, now, List.of(row.id()), null);
		List<OrganisationId> affected = lists.organisationsLinkedTo(List.of(from.key(), key));
		index.addInTransaction(List.of(facilities.byKey(key).orElseThrow().registered()));
		events.publishEvent(new AuditableEvent("facility.separated", "facility", fresh.value(), list.organisationId(),
				"Separated row " + rowNumber + " of list " + listId + " from facility " + from.view().facilityId()
						+ " into a new facility " + fresh + ": " + why));
		affected.forEach(o -> events.publishEvent(new CurrentLocationsChanged(o, null)));
		return fresh;
	}

	// ------------------------------------------------------------------ helpers

	/** The facility by id or alias, followed to the active facility. */
	private FacilityRecord record(FacilityId id) {
		Optional<FacilityRecord> facility = facilities.byId(id);
		if (facility.isEmpty()) {
			facility = facilities.alias(id).flatMap(facilities::byKey);
		}
		for (int hops = 0; facility.isPresent() && facility.get().mergedInto() != null && hops < 100; hops++) {
			facility = facilities.byKey(facility.get().mergedInto());
		}
		return facility.orElseThrow(() -> new NotFoundException("facility", id));
	}

	/** The facility with exactly this id (not resolved through merges). */
	private FacilityRecord exact(FacilityId id) {
		return facilities.byId(id).orElseThrow(() -> new NotFoundException("facility", id));
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Give a reason; it is kept in the facility's history.");
		}
		if (reason.length() > 2000) {
			throw new IllegalArgumentException("A reason has at most 2000 characters.");
		}
		return reason.strip();
	}

}
