package org.imvo.platform.facility.internal;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.imvo.platform.facility.FacilityDetails;
import org.imvo.platform.facility.FacilityId;
import org.imvo.platform.facility.FacilityStatus;
import org.imvo.platform.facility.FacilityView;
import org.imvo.platform.facility.ImportId;
import org.imvo.platform.facility.RowOutcome;
import org.imvo.platform.facility.SourcingLink;
import org.imvo.platform.facility.matching.RegisteredFacility;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the facility registry: facilities, aliases, provenance and the history of changes. */
@Repository
public class FacilityRepository {

	/** Advisory lock class of the registry (shared by list commits, exclusive for merges and splits). */
	private static final int REGISTRY_LOCK = 0x46414331; // "FAC1"

	private final JdbcClient jdbc;

	/** A template of its own that streams (PostgreSQL streams results with a fetch size inside a transaction). */
	private final JdbcTemplate streaming;

	FacilityRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(10_000);
	}

	/** A facility row. */
	public record FacilityRecord(long key, FacilityView view, Long mergedInto, UUID createdListId) {

		public RegisteredFacility registered() {
			return new RegisteredFacility(key, view.name(), view.address(), view.countryCode(), view.lat(), view.lng());
		}

	}

	private static final String FACILITY_COLUMNS = """
			id, facility_id, name, address, country, lat, lng, sector, product_type, facility_type, processing_type,
			number_of_workers, parent_company, status, merged_into, created_at, created_list_id""";

	private static final RowMapper<FacilityRecord> FACILITY = (rs, n) -> new FacilityRecord(rs.getLong("id"),
			new FacilityView(new FacilityId(rs.getString("facility_id")), rs.getString("name"), rs.getString("address"),
					rs.getString("country"), (Double) rs.getObject("lat"), (Double) rs.getObject("lng"),
					rs.getString("sector"), rs.getString("product_type"), rs.getString("facility_type"),
					rs.getString("processing_type"), rs.getString("number_of_workers"), rs.getString("parent_company"),
					FacilityStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant()),
			(Long) rs.getObject("merged_into"), rs.getObject("created_list_id", UUID.class));

	// ------------------------------------------------------------------ locks

	/** Serialises list commits (shared) against merges and splits (exclusive) for the transaction. */
	public void lockRegistryShared() {
		jdbc.sql("select pg_advisory_xact_lock_shared(?, 0)").param(REGISTRY_LOCK).query(Object.class).single();
	}

	public void lockRegistryExclusive() {
		jdbc.sql("select pg_advisory_xact_lock(?, 0)").param(REGISTRY_LOCK).query(Object.class).single();
	}

	/** Serialises changes of one organisation's current locations for the transaction. */
	public void lockOrganisation(OrganisationId organisation) {
		jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
			.params(REGISTRY_LOCK + 1, organisation.toString())
			.query(Object.class)
			.single();
	}

	// ------------------------------------------------------------------ facilities

	/** Streams every active facility (for the matcher index); runs inside a transaction so it streams. */
	public void streamActive(Consumer<RegisteredFacility> sink) {
		streaming.query("select id, name, address, country, lat, lng from facility where status = 'ACTIVE'", rs -> {
			sink.accept(new RegisteredFacility(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					(Double) rs.getObject(5), (Double) rs.getObject(6)));
		});
	}

	public long countActive() {
		return jdbc.sql("select count(*) from facility where status = 'ACTIVE'").query(Long.class).single();
	}

	public Optional<FacilityRecord> byKey(long key) {
		return jdbc.sql("select " + FACILITY_COLUMNS + " from facility where id = ?").param(key).query(FACILITY).optional();
	}

	public Optional<FacilityRecord> lockByKey(long key) {
		return jdbc.sql("select " + FACILITY_COLUMNS + " from facility where id = ? for update")
			.param(key)
			.query(FACILITY)
			.optional();
	}

	public Optional<FacilityRecord> byId(FacilityId id) {
		return jdbc.sql("select " + FACILITY_COLUMNS + " from facility where facility_id = ?")
			.param(id.value())
			.query(FACILITY)
			.optional();
	}

	public List<FacilityRecord> byKeys(Collection<Long> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + FACILITY_COLUMNS + " from facility where id = any(?)")
			.param(keys.toArray(Long[]::new))
			.query(FACILITY)
			.list();
	}

	/** Current sourcing links of the organisations (see {@code Sourcing}). */
	public List<SourcingLink> sourcingLinks(Collection<OrganisationId> organisations) {
		return jdbc.sql("select " + prefixed("f") + """
				, o.organisation_id, o.tier, r.product_type as listed_product_type, r.sector as listed_sector,
				  r.number_of_workers as listed_workers
				from organisation_facility o
				join facility f on f.id = o.facility_key
				join location_list_row r on r.id = o.row_id
				where o.organisation_id = any(?) and f.status = 'ACTIVE'
				order by f.facility_id, o.organisation_id""")
			.param(organisations.stream().map(OrganisationId::value).toArray(UUID[]::new))
			.query((rs, n) -> new SourcingLink(new OrganisationId(rs.getObject("organisation_id", UUID.class)),
					FACILITY.mapRow(rs, n).view(), rs.getObject("tier") == null ? null : rs.getInt("tier"),
					rs.getString("listed_product_type"), rs.getString("listed_sector"), rs.getString("listed_workers")))
			.list();
	}

	/** Current sourcing links at a facility, its id or an alias resolved (see {@code Sourcing}). */
	public List<SourcingLink> sourcingLinksAt(FacilityId id) {
		return jdbc.sql("select " + prefixed("f") + """
				, o.organisation_id, o.tier, r.product_type as listed_product_type, r.sector as listed_sector,
				  r.number_of_workers as listed_workers
				from organisation_facility o
				join facility f on f.id = o.facility_key
				join location_list_row r on r.id = o.row_id
				where f.status = 'ACTIVE' and f.id = coalesce(
				      (select id from facility where facility_id = ? and status = 'ACTIVE'),
				      (with recursive chain(key) as (
				           select coalesce((select id from facility where facility_id = ?),
				                           (select facility_key from facility_alias where alias_id = ?))
				           union all
				           select x.merged_into from facility x join chain c on x.id = c.key where x.merged_into is not null)
				       select c.key from chain c join facility x on x.id = c.key where x.status = 'ACTIVE' limit 1))
				order by o.organisation_id""")
			.params(id.value(), id.value(), id.value())
			.query((rs, n) -> new SourcingLink(new OrganisationId(rs.getObject("organisation_id", UUID.class)),
					FACILITY.mapRow(rs, n).view(), rs.getObject("tier") == null ? null : rs.getInt("tier"),
					rs.getString("listed_product_type"), rs.getString("listed_sector"), rs.getString("listed_workers")))
			.list();
	}

	private static String prefixed(String alias) {
		return java.util.Arrays.stream(FACILITY_COLUMNS.split(","))
			.map(c -> alias + "." + c.strip())
			.collect(java.util.stream.Collectors.joining(", "));
	}

	/** The key an alias (the id of a merged facility) points to. */
	public Optional<Long> alias(FacilityId id) {
		return jdbc.sql("select facility_key from facility_alias where alias_id = ?")
			.param(id.value())
			.query(Long.class)
			.optional();
	}

	public List<FacilityId> aliasesOf(long key) {
		return jdbc.sql("select alias_id from facility_alias where facility_key = ? order by created_at")
			.param(key)
			.query((rs, n) -> new FacilityId(rs.getString(1)))
			.list();
	}

	public List<FacilityRecord> search(String text, String country, int limit) {
		String like = text == null || text.isBlank() ? null
				: "%" + ImportRepository.escapeLike(text.strip().toLowerCase()) + "%";
		String exact = text == null ? null : text.strip().toUpperCase().replace("-", "").replace(" ", "");
		return jdbc.sql("select " + FACILITY_COLUMNS + """
				 from facility
				where status = 'ACTIVE'
				  and (cast(? as text) is null or country = ?)
				  and (cast(? as text) is null or lower(name) like ? or facility_id = ?)
				order by lower(name) limit ?""")
			.params(country, country, like, like, exact, limit)
			.query(FACILITY)
			.list();
	}

	public List<Long> allocateKeys(int count) {
		if (count == 0) {
			return List.of();
		}
		return jdbc.sql("select nextval('facility_key_seq') from generate_series(1, ?)")
			.param(count)
			.query(Long.class)
			.list();
	}

	/**
	 * Creates the facilities of a list from the rows that create them, with the given public ids;
	 * skips a facility whose id is taken and returns the keys it did create.
	 */
	public List<Long> insertFromRows(UUID listId, Map<Long, FacilityId> ids, Instant now) {
		Long[] keys = ids.keySet().toArray(Long[]::new);
		String[] values = ids.values().stream().map(FacilityId::value).toArray(String[]::new);
		return jdbc.sql("""
				insert into facility (id, facility_id, name, address, country, lat, lng, sector, product_type,
				                      facility_type, processing_type, number_of_workers, parent_company, status,
				                      created_at, created_list_id)
				select r.facility_key, m.facility_id, r.name, r.address, r.country_code, r.lat, r.lng, r.sector,
				       r.product_type, r.facility_type, r.processing_type, r.number_of_workers, r.parent_company,
				       'ACTIVE', ?, r.list_id
				from location_list_row r
				join unnest(?::bigint[], ?::text[]) as m (key, facility_id) on m.key = r.facility_key
				where r.list_id = ? and r.creates_facility
				on conflict (facility_id) do nothing
				returning id""")
			.params(Timestamp.from(now), keys, values, listId)
			.query(Long.class)
			.list();
	}

	/** Creates one facility from one row (a review decision "none of these", or a separation). */
	public void insertFromRow(long key, FacilityId id, long rowId, Instant now) {
		jdbc.sql("""
				insert into facility (id, facility_id, name, address, country, lat, lng, sector, product_type,
				                      facility_type, processing_type, number_of_workers, parent_company, status,
				                      created_at, created_list_id)
				select ?, ?, r.name, r.address, r.country_code, r.lat, r.lng, r.sector, r.product_type,
				       r.facility_type, r.processing_type, r.number_of_workers, r.parent_company, 'ACTIVE', ?, r.list_id
				from location_list_row r where r.id = ?""")
			.params(key, id.value(), Timestamp.from(now), rowId)
			.update();
	}

	public boolean facilityIdTaken(FacilityId id) {
		return jdbc.sql("select exists (select 1 from facility where facility_id = ?)")
			.param(id.value())
			.query(Boolean.class)
			.single();
	}

	public List<RegisteredFacility> createdBy(UUID listId) {
		return jdbc.sql("select id, name, address, country, lat, lng from facility where created_list_id = ? and status = 'ACTIVE'")
			.param(listId)
			.query((rs, n) -> new RegisteredFacility(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					(Double) rs.getObject(5), (Double) rs.getObject(6)))
			.list();
	}

	// ------------------------------------------------------------------ merge, unmerge, separate

	public void setStatus(long key, FacilityStatus status, Long mergedInto) {
		jdbc.sql("update facility set status = ?, merged_into = ? where id = ?")
			.params(status.name(), mergedInto, key)
			.update();
	}

	/** Moves the rows of committed lists linked to {@code from} to {@code to}; returns their ids. */
	public List<Long> moveRows(long from, long to) {
		return jdbc.sql("update location_list_row set facility_key = ? where facility_key = ? returning id")
			.params(to, from)
			.query(Long.class)
			.list();
	}

	/** Moves these rows back (an undone merge), where they still point to {@code from}. */
	public int moveRowsBack(List<Long> rowIds, long from, long to) {
		return jdbc.sql("update location_list_row set facility_key = ? where id = any(?) and facility_key = ?")
			.params(to, rowIds.toArray(Long[]::new), from)
			.update();
	}

	public void relinkRow(long rowId, long facilityKey, boolean createsFacility) {
		jdbc.sql("update location_list_row set facility_key = ?, creates_facility = ? where id = ?")
			.params(facilityKey, createsFacility, rowId)
			.update();
	}

	public long insertChange(String kind, long facilityKey, long otherKey, String actor, String reason, Instant now,
			List<Long> movedRows, Long undoOf) {
		return jdbc.sql("""
				insert into facility_change (kind, facility_key, other_key, actor, reason, changed_at, moved_rows, undo_of)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(kind, facilityKey, otherKey, actor, reason, Timestamp.from(now), movedRows.toArray(Long[]::new),
					undoOf)
			.query(Long.class)
			.single();
	}

	public void markUndone(long mergeId, long undoneBy) {
		jdbc.sql("update facility_change set undone_by = ? where id = ?").params(undoneBy, mergeId).update();
	}

	/** A merge as recorded. */
	public record MergeRecord(long id, long survivorKey, long absorbedKey, List<Long> movedRows, Long undoneBy) {
	}

	/** The merge that absorbed {@code absorbedKey} and was not undone. */
	public Optional<MergeRecord> activeMergeOf(long absorbedKey) {
		return jdbc.sql("""
				select id, facility_key, other_key, moved_rows, undone_by from facility_change
				where kind = 'MERGE' and other_key = ? and undone_by is null
				order by id desc limit 1 for update""")
			.param(absorbedKey)
			.query((rs, n) -> new MergeRecord(rs.getLong("id"), rs.getLong("facility_key"), rs.getLong("other_key"),
					longs(rs.getArray("moved_rows")), (Long) rs.getObject("undone_by")))
			.optional();
	}

	public void insertAlias(FacilityId alias, long facilityKey, long mergeId, Instant now) {
		jdbc.sql("insert into facility_alias (alias_id, facility_key, merge_id, created_at) values (?, ?, ?, ?)")
			.params(alias.value(), facilityKey, mergeId, Timestamp.from(now))
			.update();
	}

	public void deleteAlias(FacilityId alias) {
		jdbc.sql("delete from facility_alias where alias_id = ?").param(alias.value()).update();
	}

	// ------------------------------------------------------------------ secretariat details

	public List<FacilityDetails.Sourcing> sourcing(long key, Map<OrganisationId, String> names) {
		return jdbc.sql("select organisation_id, tier, list_id from organisation_facility where facility_key = ?")
			.param(key)
			.query((rs, n) -> {
				OrganisationId organisation = new OrganisationId(rs.getObject(1, UUID.class));
				return new FacilityDetails.Sourcing(organisation, names.getOrDefault(organisation, "?"),
						rs.getObject(2) == null ? null : rs.getInt(2), new ImportId(rs.getObject(3, UUID.class)));
			})
			.list();
	}

	public List<FacilityDetails.Statement> statements(long key, Map<OrganisationId, String> names) {
		return jdbc.sql("""
				select r.list_id, r.row_number, l.organisation_id, r.outcome, r.name, r.address, r.country_code, r.tier,
				       l.committed_at, r.decided_by is not null as confirmed,
				       exists (select 1 from organisation_facility o where o.row_id = r.id) as current
				from location_list_row r join location_list l on l.id = r.list_id
				where r.facility_key = ? and l.status = 'DONE'
				order by l.committed_at desc, r.row_number""")
			.param(key)
			.query((rs, n) -> {
				OrganisationId organisation = new OrganisationId(rs.getObject("organisation_id", UUID.class));
				return new FacilityDetails.Statement(new ImportId(rs.getObject("list_id", UUID.class)),
						rs.getInt("row_number"), organisation, names.getOrDefault(organisation, "?"),
						RowOutcome.valueOf(rs.getString("outcome")), rs.getString("name"), rs.getString("address"),
						rs.getString("country_code"), rs.getObject("tier") == null ? null : rs.getInt("tier"),
						rs.getTimestamp("committed_at").toInstant(), rs.getBoolean("confirmed"),
						rs.getBoolean("current"));
			})
			.list();
	}

	public List<FacilityDetails.ProvenanceEntry> provenance(long key, Map<OrganisationId, String> names) {
		return jdbc.sql("""
				select distinct on (p.attribute, p.value, p.organisation_id)
				       p.attribute, p.value, p.organisation_id, p.list_id, p.row_number, p.stated_at
				from facility_provenance p
				where p.facility_key = ?
				order by p.attribute, p.value, p.organisation_id, p.origin desc, p.stated_at desc""")
			.param(key)
			.query((rs, n) -> {
				OrganisationId organisation = new OrganisationId(rs.getObject("organisation_id", UUID.class));
				UUID list = rs.getObject("list_id", UUID.class);
				return new FacilityDetails.ProvenanceEntry(rs.getString("attribute"), rs.getString("value"),
						organisation, names.getOrDefault(organisation, "?"), list == null ? null : new ImportId(list),
						rs.getObject("row_number") == null ? null : rs.getInt("row_number"),
						rs.getTimestamp("stated_at").toInstant());
			})
			.list();
	}

	/** A change as stored. */
	public record ChangeRecord(long id, String kind, long facilityKey, long otherKey, String actor, String reason,
			Instant changedAt, Long undoneBy) {
	}

	public List<ChangeRecord> changesAround(long key) {
		return jdbc.sql("""
				select id, kind, facility_key, other_key, actor, reason, changed_at, undone_by from facility_change
				where facility_key = ? or other_key = ? order by id desc""")
			.params(key, key)
			.query((rs, n) -> new ChangeRecord(rs.getLong("id"), rs.getString("kind"), rs.getLong("facility_key"),
					rs.getLong("other_key"), rs.getString("actor"), rs.getString("reason"),
					rs.getTimestamp("changed_at").toInstant(), (Long) rs.getObject("undone_by")))
			.list();
	}

	public Map<Long, FacilityId> publicIds(Collection<Long> keys) {
		Map<Long, FacilityId> ids = new java.util.HashMap<>();
		if (keys.isEmpty()) {
			return ids;
		}
		jdbc.sql("select id, facility_id from facility where id = any(?)")
			.param(keys.toArray(Long[]::new))
			.query(rs -> {
				ids.put(rs.getLong(1), new FacilityId(rs.getString(2)));
			});
		return ids;
	}

	private static List<Long> longs(Array array) throws java.sql.SQLException {
		if (array == null) {
			return List.of();
		}
		List<Long> values = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			values.add(((Number) value).longValue());
		}
		return values;
	}

}
