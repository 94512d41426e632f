package org.imvo.platform.facility.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.imvo.platform.facility.FacilityId;
import org.imvo.platform.facility.ImportId;
import org.imvo.platform.facility.ImportStatus;
import org.imvo.platform.facility.RowOutcome;
import org.imvo.platform.shared.OrganisationId;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for location lists, their rows, the current locations and remembered decisions. */
@Repository
public class ImportRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final TypeReference<LinkedHashMap<String, String>> CELLS = new TypeReference<>() {
	};

	private static final TypeReference<List<StoredCandidate>> CANDIDATES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	ImportRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	// ------------------------------------------------------------------ records

	/** A list as stored, without its content. */
	public record ListRecord(UUID id, OrganisationId organisationId, String uploadedBy, String fileName,
			String contentType, long sizeBytes, String sha256, String format, String encoding, List<String> headers,
			ImportStatus status, Integer rowsTotal, int rowsDone, String errorCode, String errorMessage, int attempts,
			String worker, Instant heartbeatAt, Instant createdAt, Instant startedAt, Instant finishedAt,
			Instant committedAt) {
	}

	/** A worker's hold on a job: valid while the list is RUNNING with this worker and attempt. */
	public record Claim(UUID listId, OrganisationId organisationId, String worker, int attempt) {
	}

	/** A row as stored. */
	public record RowRecord(long id, int rowNumber, RowOutcome outcome, Long facilityKey, FacilityId facilityId,
			Double score, List<String> messages, List<StoredCandidate> candidates, String name, String address,
			String country, String countryCode, Integer tier, Map<String, String> raw, String fingerprint,
			String decidedBy, Instant decidedAt, Double lat, Double lng) {
	}

	/** A candidate as stored in {@code location_list_row.candidates}. */
	public record StoredCandidate(long key, double score, List<String> reasons) {
	}

	/** A current location as stored, joined with its facility. */
	public record LocationRecord(String facilityId, String name, String address, String country, Double lat,
			Double lng, Integer tier, String sector, String productType, String listedName, String listedAddress,
			UUID listId, int rowNumber) {
	}

	private static final RowMapper<ListRecord> LIST = (rs, n) -> new ListRecord(rs.getObject("id", UUID.class),
			new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("uploaded_by"),
			rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
			rs.getString("format"), rs.getString("encoding"), JSON.readValue(rs.getString("headers"), STRINGS),
			ImportStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("rows_total"), rs.getInt("rows_done"),
			rs.getString("error_code"), rs.getString("error_message"), rs.getInt("attempts"), rs.getString("worker"),
			instant(rs, "heartbeat_at"), instant(rs, "created_at"), instant(rs, "started_at"),
			instant(rs, "finished_at"), instant(rs, "committed_at"));

	private static final String LIST_COLUMNS = """
			id, organisation_id, uploaded_by, file_name, content_type, size_bytes, sha256, format, encoding, headers,
			status, rows_total, rows_done, error_code, error_message, attempts, worker, heartbeat_at, created_at,
			started_at, finished_at, committed_at""";

	// ------------------------------------------------------------------ lists

	public void insertList(UUID id, OrganisationId organisation, String uploadedBy, String fileName,
			String contentType, String sha256, String format, String encoding, List<String> headers, Path content,
			Instant now) {
		long size;
		try {
			size = Files.size(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (InputStream in = Files.newInputStream(content)) {
			jdbc.sql("""
					insert into location_list (id, organisation_id, uploaded_by, file_name, content_type, size_bytes,
					                           sha256, content, format, encoding, headers, status, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, 'QUEUED', ?)""")
				.params(id, organisation.value(), uploadedBy, fileName, contentType, size, sha256,
						new org.springframework.jdbc.core.support.SqlBinaryValue(in, size), format, encoding,
						Json.strings(headers), Timestamp.from(now))
				.update();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Optional<ListRecord> list(UUID id) {
		return jdbc.sql("select " + LIST_COLUMNS + " from location_list where id = ?").param(id).query(LIST).optional();
	}

	public Optional<OrganisationId> organisationOf(UUID id) {
		return jdbc.sql("select organisation_id from location_list where id = ?")
			.param(id)
			.query((rs, n) -> new OrganisationId(rs.getObject(1, UUID.class)))
			.optional();
	}

	public List<ListRecord> lists(OrganisationId organisation) {
		return jdbc.sql("select " + LIST_COLUMNS + " from location_list where organisation_id = ? order by created_at desc")
			.param(organisation.value())
			.query(LIST)
			.list();
	}

	/** The organisation's current list: its latest committed one. */
	public Optional<UUID> currentList(OrganisationId organisation) {
		return jdbc.sql("select list_id from organisation_current_list where organisation_id = ?")
			.param(organisation.value())
			.query(UUID.class)
			.optional();
	}

	/** Copies the original file to {@code target}. */
	public void copyContent(UUID id, Path target) {
		jdbc.sql("select content from location_list where id = ?").param(id).query(rs -> {
			try (InputStream in = rs.getBinaryStream(1)) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	public byte[] content(UUID id) {
		return jdbc.sql("select content from location_list where id = ?").param(id).query(byte[].class).single();
	}

	public void transition(UUID id, ImportStatus from, ImportStatus to, String actor, String reason, Instant now) {
		jdbc.sql("""
				insert into location_list_transition (list_id, from_status, to_status, actor, reason, changed_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, from == null ? null : from.name(), to.name(), actor, reason, Timestamp.from(now))
			.update();
	}

	/** Takes the oldest queued job (skipping jobs other workers are taking right now). */
	public Optional<Claim> claimNext(String worker, Instant now) {
		return claim("select id from location_list where status = 'QUEUED' order by created_at limit 1 for update skip locked",
				List.of(), worker, now);
	}

	/** Takes one particular queued job. */
	public Optional<Claim> claim(UUID id, String worker, Instant now) {
		return claim("select id from location_list where id = ? and status = 'QUEUED' for update skip locked",
				List.of(id), worker, now);
	}

	private Optional<Claim> claim(String select, List<Object> params, String worker, Instant now) {
		List<Object> all = new ArrayList<>(List.of(worker, Timestamp.from(now), Timestamp.from(now)));
		all.addAll(params);
		return jdbc.sql("""
				update location_list
				set status = 'RUNNING', worker = ?, attempts = attempts + 1, started_at = ?, heartbeat_at = ?,
				    rows_done = 0, rows_total = null, error_code = null, error_message = null, finished_at = null
				where id = (%s)
				returning id, organisation_id, worker, attempts""".formatted(select))
			.params(all)
			.query((rs, n) -> new Claim(rs.getObject("id", UUID.class),
					new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("worker"),
					rs.getInt("attempts")))
			.optional();
	}

	/**
	 * Records progress and the heartbeat, if the claim still holds (takes the list's row lock, so a
	 * recovery that reset the job in the meantime is seen).
	 */
	public boolean progress(Claim claim, Integer rowsTotal, int rowsDone, Instant now) {
		return jdbc.sql("""
				update location_list set rows_total = coalesce(?, rows_total), rows_done = ?, heartbeat_at = ?
				where id = ? and status = 'RUNNING' and worker = ? and attempts = ?""")
			.params(rowsTotal, rowsDone, Timestamp.from(now), claim.listId(), claim.worker(), claim.attempt())
			.update() == 1;
	}

	/** Locks the list for its final transaction, if the claim still holds. */
	public boolean lockClaimed(Claim claim) {
		return jdbc.sql("""
				select id from location_list where id = ? and status = 'RUNNING' and worker = ? and attempts = ?
				for update""")
			.params(claim.listId(), claim.worker(), claim.attempt())
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	public int heartbeat(String worker, Instant now) {
		return jdbc.sql("update location_list set heartbeat_at = ? where status = 'RUNNING' and worker = ?")
			.params(Timestamp.from(now), worker)
			.update();
	}

	public void markDone(Claim claim, int rowsTotal, Instant now) {
		jdbc.sql("""
				update location_list set status = 'DONE', rows_total = ?, rows_done = ?, finished_at = ?, committed_at = ?,
				                         heartbeat_at = ?
				where id = ?""")
			.params(rowsTotal, rowsTotal, Timestamp.from(now), Timestamp.from(now), Timestamp.from(now), claim.listId())
			.update();
	}

	/** Marks the job FAILED if the claim still holds; returns whether it did. */
	public boolean markFailed(Claim claim, String code, String message, Instant now) {
		return jdbc.sql("""
				update location_list set status = 'FAILED', error_code = ?, error_message = ?, finished_at = ?
				where id = ? and status = 'RUNNING' and worker = ? and attempts = ?""")
			.params(code, message, Timestamp.from(now), claim.listId(), claim.worker(), claim.attempt())
			.update() == 1;
	}

	/** Puts a RUNNING job back in the queue if the claim still holds (the application is stopping). */
	public boolean requeue(Claim claim) {
		return jdbc.sql("""
				update location_list set status = 'QUEUED', worker = null, heartbeat_at = null, rows_done = 0
				where id = ? and status = 'RUNNING' and worker = ? and attempts = ?""")
			.params(claim.listId(), claim.worker(), claim.attempt())
			.update() == 1;
	}

	/** RUNNING jobs whose worker has not been heard of since {@code before}, locked for recovery. */
	public List<UUID> lockStale(Instant before) {
		return jdbc.sql("""
				select id from location_list where status = 'RUNNING' and (heartbeat_at is null or heartbeat_at < ?)
				for update skip locked""")
			.param(Timestamp.from(before))
			.query(UUID.class)
			.list();
	}

	public void resetToQueue(UUID id) {
		jdbc.sql("""
				update location_list set status = 'QUEUED', worker = null, heartbeat_at = null, rows_done = 0,
				                         rows_total = null
				where id = ?""")
			.param(id)
			.update();
	}

	/** A FAILED job back into the queue (rerun); returns whether it was FAILED. */
	public boolean requeueFailed(UUID id) {
		return jdbc.sql("""
				update location_list set status = 'QUEUED', worker = null, heartbeat_at = null, rows_done = 0,
				                         rows_total = null, error_code = null, error_message = null, finished_at = null
				where id = ? and status = 'FAILED'""")
			.param(id)
			.update() == 1;
	}

	public boolean anyQueued() {
		return jdbc.sql("select exists (select 1 from location_list where status = 'QUEUED')")
			.query(Boolean.class)
			.single();
	}

	// ------------------------------------------------------------------ rows

	public int deleteRows(UUID listId) {
		return jdbc.sql("delete from location_list_row where list_id = ?").param(listId).update();
	}

	/** Writes rows with COPY, on the connection of the current transaction. */
	public void copyRows(UUID listId, List<StagedRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		String data = RowCopy.render(listId, rows);
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(RowCopy.SQL, new StringReader(data));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not write the rows of list " + listId, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	public Map<RowOutcome, Long> counts(UUID listId) {
		Map<RowOutcome, Long> counts = new EnumMap<>(RowOutcome.class);
		for (RowOutcome outcome : RowOutcome.values()) {
			counts.put(outcome, 0L);
		}
		jdbc.sql("select outcome, count(*) from location_list_row where list_id = ? group by outcome")
			.param(listId)
			.query(rs -> {
				counts.put(RowOutcome.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	private static final String ROW_SELECT = """
			select r.id, r.row_number, r.outcome, r.facility_key, f.facility_id, r.score, r.messages, r.candidates,
			       r.name, r.address, r.country, r.country_code, r.tier, r.raw, r.fingerprint, r.decided_by,
			       r.decided_at, r.lat, r.lng
			from location_list_row r left join facility f on f.id = r.facility_key
			""";

	private static final RowMapper<RowRecord> ROW = (rs, n) -> new RowRecord(rs.getLong("id"), rs.getInt("row_number"),
			RowOutcome.valueOf(rs.getString("outcome")), (Long) rs.getObject("facility_key"),
			rs.getString("facility_id") == null ? null : new FacilityId(rs.getString("facility_id")),
			rs.getObject("score") == null ? null : (double) rs.getFloat("score"),
			JSON.readValue(rs.getString("messages"), STRINGS),
			rs.getString("candidates") == null ? List.of() : JSON.readValue(rs.getString("candidates"), CANDIDATES),
			rs.getString("name"), rs.getString("address"), rs.getString("country"), rs.getString("country_code"),
			(Integer) (rs.getObject("tier") == null ? null : rs.getInt("tier")),
			JSON.readValue(rs.getString("raw"), CELLS), rs.getString("fingerprint"), rs.getString("decided_by"),
			instant(rs, "decided_at"), (Double) rs.getObject("lat"), (Double) rs.getObject("lng"));

	/** Rows of a list in file order, optionally of one outcome; a page of {@code limit} from {@code offset}. */
	public List<RowRecord> rows(UUID listId, RowOutcome outcome, int offset, int limit) {
		return jdbc.sql(ROW_SELECT + """
				where r.list_id = ? and (cast(? as text) is null or r.outcome = ?)
				order by r.row_number offset ? limit ?""")
			.params(listId, outcome == null ? null : outcome.name(), outcome == null ? null : outcome.name(), offset,
					limit)
			.query(ROW)
			.list();
	}

	public long countRows(UUID listId, RowOutcome outcome) {
		return jdbc.sql("""
				select count(*) from location_list_row
				where list_id = ? and (cast(? as text) is null or outcome = ?)""")
			.params(listId, outcome == null ? null : outcome.name(), outcome == null ? null : outcome.name())
			.query(Long.class)
			.single();
	}

	/** The row, locked for a decision. */
	public Optional<RowRecord> lockRow(UUID listId, int rowNumber) {
		return jdbc.sql(ROW_SELECT + " where r.list_id = ? and r.row_number = ? for update of r")
			.params(listId, rowNumber)
			.query(ROW)
			.optional();
	}

	public Optional<RowRecord> row(UUID listId, int rowNumber) {
		return jdbc.sql(ROW_SELECT + " where r.list_id = ? and r.row_number = ?")
			.params(listId, rowNumber)
			.query(ROW)
			.optional();
	}

	/** REVIEW rows of the list with the same fingerprint (the same location written the same way), locked. */
	public List<RowRecord> lockReviewRows(UUID listId, String fingerprint) {
		return jdbc.sql(ROW_SELECT + """
				where r.list_id = ? and r.outcome = 'REVIEW' and r.fingerprint = ?
				order by r.row_number for update of r""")
			.params(listId, fingerprint)
			.query(ROW)
			.list();
	}

	public void decide(long rowId, RowOutcome outcome, long facilityKey, boolean createsFacility, String message,
			String decidedBy, Instant now) {
		jdbc.sql("""
				update location_list_row
				set outcome = ?, facility_key = ?, creates_facility = ?, messages = messages || ?::jsonb, decided_by = ?,
				    decided_at = ?
				where id = ?""")
			.params(outcome.name(), facilityKey, createsFacility, Json.strings(List.of(message)), decidedBy,
					Timestamp.from(now), rowId)
			.update();
	}

	/** Pending REVIEW rows of each of these lists. */
	public long pendingReview(UUID listId) {
		return jdbc.sql("select count(*) from location_list_row where list_id = ? and outcome = 'REVIEW'")
			.param(listId)
			.query(Long.class)
			.single();
	}

	// ------------------------------------------------------------------ the final transaction

	/** The rows that create a facility: key and country. */
	public Map<Long, String> creatingRows(UUID listId) {
		Map<Long, String> rows = new LinkedHashMap<>();
		jdbc.sql("select facility_key, country_code from location_list_row where list_id = ? and creates_facility order by row_number")
			.param(listId)
			.query(rs -> {
				rows.put(rs.getLong(1), rs.getString(2));
			});
		return rows;
	}

	/** Points rows at the facilities their facilities were merged into since matching (repeated until none is left). */
	public void followMerges(UUID listId) {
		int changed;
		int rounds = 0;
		do {
			// merged facilities are few: start from them (partial index), not from the list's rows
			changed = jdbc.sql("""
					update location_list_row r set facility_key = f.merged_into
					from facility f
					where f.merged_into is not null and r.facility_key = f.id and r.list_id = ?""")
				.param(listId)
				.update();
		}
		while (changed > 0 && ++rounds < 100);
	}

	/**
	 * Facilities that matched rows of the list point to but that do not exist (there must be none before
	 * the list is committed). The list's new facilities were created by the same transaction.
	 */
	public long danglingKeys(UUID listId) {
		return jdbc.sql("""
				select count(*) from (select distinct facility_key from location_list_row
				                      where list_id = ? and outcome = 'MATCHED') k
				where not exists (select 1 from facility f where f.id = k.facility_key)""")
			.param(listId)
			.query(Long.class)
			.single();
	}

	/** Makes {@code listId} the organisation's current list (its linked rows are its current locations). */
	public void makeCurrent(OrganisationId organisation, UUID listId, Instant now) {
		jdbc.sql("""
				insert into organisation_current_list (organisation_id, list_id, since) values (?, ?, ?)
				on conflict (organisation_id) do update set list_id = excluded.list_id, since = excluded.since""")
			.params(organisation.value(), listId, Timestamp.from(now))
			.update();
	}

	/**
	 * Organisations whose current list has a row linked to one of these facilities (their current
	 * locations change when the facilities merge or split).
	 */
	public List<OrganisationId> organisationsLinkedTo(List<Long> facilityKeys) {
		Long[] keys = facilityKeys.toArray(Long[]::new);
		return jdbc.sql("""
				select distinct c.organisation_id from organisation_current_list c
				join location_list_row r on r.list_id = c.list_id
				where r.facility_key = any(?)""")
			.param(keys)
			.query((rs, n) -> new OrganisationId(rs.getObject(1, UUID.class)))
			.list();
	}

	// ------------------------------------------------------------------ decisions

	/** The organisation's remembered decisions, fingerprint to facility key (following merges). */
	public Map<String, Long> decisions(OrganisationId organisation) {
		Map<String, Long> decisions = new HashMap<>();
		jdbc.sql("""
				with recursive chain (fingerprint, key, merged_into, depth) as (
				    select d.fingerprint, f.id, f.merged_into, 0
				    from match_decision d join facility f on f.id = d.facility_key
				    where d.organisation_id = ?
				  union all
				    select c.fingerprint, f.id, f.merged_into, c.depth + 1
				    from chain c join facility f on f.id = c.merged_into
				    where c.depth < 100
				)
				select fingerprint, key from chain where merged_into is null""")
			.param(organisation.value())
			.query(rs -> {
				decisions.put(rs.getString(1), rs.getLong(2));
			});
		return decisions;
	}

	public void rememberDecision(OrganisationId organisation, String fingerprint, long facilityKey, String decidedBy,
			Instant now, UUID listId, int rowNumber) {
		jdbc.sql("""
				insert into match_decision (organisation_id, fingerprint, facility_key, decided_by, decided_at, list_id,
				                            row_number)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (organisation_id, fingerprint) do update
				set facility_key = excluded.facility_key, decided_by = excluded.decided_by,
				    decided_at = excluded.decided_at, list_id = excluded.list_id, row_number = excluded.row_number""")
			.params(organisation.value(), fingerprint, facilityKey, decidedBy, Timestamp.from(now), listId, rowNumber)
			.update();
	}

	// ------------------------------------------------------------------ current locations

	public List<LocationRecord> currentLocations(OrganisationId organisation, String country, Integer tier,
			String text) {
		String like = text == null || text.isBlank() ? null : "%" + escapeLike(text.strip().toLowerCase()) + "%";
		return jdbc.sql("""
				select f.facility_id, f.name, f.address, f.country, f.lat, f.lng, o.tier, f.sector, f.product_type,
				       r.name as listed_name, r.address as listed_address, o.list_id, r.row_number
				from organisation_facility o
				join facility f on f.id = o.facility_key
				join location_list_row r on r.id = o.row_id
				where o.organisation_id = ?
				  and (cast(? as text) is null or f.country = ?)
				  and (cast(? as int) is null or o.tier = ?)
				  and (cast(? as text) is null or lower(f.name || ' ' || f.address || ' ' || coalesce(r.name, '') || ' '
				       || coalesce(r.address, '') || ' ' || f.facility_id) like ?)
				order by o.tier nulls last, f.country, lower(f.name)""")
			.params(organisation.value(), country, country, tier, tier, like, like)
			.query((rs, n) -> new LocationRecord(rs.getString("facility_id"), rs.getString("name"),
					rs.getString("address"), rs.getString("country"), (Double) rs.getObject("lat"),
					(Double) rs.getObject("lng"), rs.getObject("tier") == null ? null : rs.getInt("tier"),
					rs.getString("sector"), rs.getString("product_type"), rs.getString("listed_name"),
					rs.getString("listed_address"), rs.getObject("list_id", UUID.class), rs.getInt("row_number")))
			.list();
	}

	/** Countries and tiers among the organisation's current locations, for filters. */
	public List<String> currentCountries(OrganisationId organisation) {
		return jdbc.sql("""
				select distinct f.country from organisation_facility o join facility f on f.id = o.facility_key
				where o.organisation_id = ? order by f.country""")
			.param(organisation.value())
			.query(String.class)
			.list();
	}

	// ------------------------------------------------------------------ attention

	/** An import needing attention: committed with rows to review, or failed. */
	public record Attention(UUID id, OrganisationId organisationId, String fileName, Instant at, long count,
			String errorMessage) {
	}

	/** Current lists (each organisation's latest committed) with rows awaiting review, oldest first. */
	public List<Attention> pendingReviews(OrganisationId organisation) {
		return jdbc.sql("""
				select l.id, l.organisation_id, l.file_name, l.committed_at, count(*) as pending
				from location_list l join location_list_row r on r.list_id = l.id and r.outcome = 'REVIEW'
				join organisation_current_list c on c.list_id = l.id
				where (cast(? as uuid) is null or l.organisation_id = ?)
				group by l.id, l.organisation_id, l.file_name, l.committed_at
				order by l.committed_at""")
			.params(organisation == null ? null : organisation.value(), organisation == null ? null : organisation.value())
			.query((rs, n) -> new Attention(rs.getObject("id", UUID.class),
					new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("file_name"),
					instant(rs, "committed_at"), rs.getLong("pending"), null))
			.list();
	}

	/** Lists that failed since {@code since}, newest first. */
	public List<Attention> failedSince(Instant since, OrganisationId organisation) {
		return jdbc.sql("""
				select id, organisation_id, file_name, finished_at, error_message from location_list
				where status = 'FAILED' and finished_at >= ? and (cast(? as uuid) is null or organisation_id = ?)
				order by finished_at desc""")
			.params(Timestamp.from(since), organisation == null ? null : organisation.value(),
					organisation == null ? null : organisation.value())
			.query((rs, n) -> new Attention(rs.getObject("id", UUID.class),
					new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("file_name"),
					instant(rs, "finished_at"), 0, rs.getString("error_message")))
			.list();
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
