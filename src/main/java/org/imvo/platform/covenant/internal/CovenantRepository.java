package org.imvo.platform.covenant.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.imvo.platform.covenant.BodyType;
import org.imvo.platform.covenant.Constituency;
import org.imvo.platform.covenant.CovenantId;
import org.imvo.platform.covenant.CovenantStatus;
import org.imvo.platform.covenant.MembershipHistoryEntry;
import org.imvo.platform.covenant.MembershipId;
import org.imvo.platform.covenant.MembershipState;
import org.imvo.platform.covenant.ParticipantRole;
import org.imvo.platform.covenant.Seat;
import org.imvo.platform.covenant.domain.Membership;
import org.imvo.platform.covenant.internal.CovenantRows.BodyMemberRow;
import org.imvo.platform.covenant.internal.CovenantRows.BodyRow;
import org.imvo.platform.covenant.internal.CovenantRows.CommitmentRow;
import org.imvo.platform.covenant.internal.CovenantRows.CovenantRow;
import org.imvo.platform.covenant.internal.CovenantRows.ParticipantRow;
import org.imvo.platform.covenant.internal.CovenantRows.ThemeRow;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the covenant tables; only the {@code Covenants} service calls it. */
@Repository
public class CovenantRepository {

	private final JdbcClient jdbc;

	CovenantRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- covenants ---

	private static final RowMapper<CovenantRow> COVENANT = (rs, n) -> new CovenantRow(uuid(rs, "id"),
			rs.getString("name"), rs.getString("sector"), rs.getString("description"), rs.getString("goals"),
			date(rs, "term_start"), date(rs, "term_end"), CovenantStatus.valueOf(rs.getString("status")),
			rs.getBoolean("public_listed"));

	public void insertCovenant(CovenantRow row, Instant now) {
		jdbc.sql("""
				insert into covenant (id, name, sector, description, goals, term_start, term_end, status, public_listed,
				                      created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), row.name(), row.sector(), row.description(), row.goals(), row.termStart(), row.termEnd(),
					row.status().name(), row.publicListed(), Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	public void updateCovenant(CovenantRow row, Instant now) {
		jdbc.sql("""
				update covenant set name = ?, sector = ?, description = ?, goals = ?, term_start = ?, term_end = ?,
				                    status = ?, public_listed = ?, updated_at = ?
				where id = ?""")
			.params(row.name(), row.sector(), row.description(), row.goals(), row.termStart(), row.termEnd(),
					row.status().name(), row.publicListed(), Timestamp.from(now), row.id())
			.update();
	}

	public Optional<CovenantRow> covenant(UUID id) {
		return jdbc.sql("select * from covenant where id = ?").param(id).query(COVENANT).optional();
	}

	/** Locks the covenant row for the rest of the transaction (serialises changes of one covenant). */
	public Optional<CovenantRow> lockCovenant(UUID id) {
		return jdbc.sql("select * from covenant where id = ? for update").param(id).query(COVENANT).optional();
	}

	public List<CovenantRow> covenants() {
		return jdbc.sql("select * from covenant order by term_start desc, lower(name)").query(COVENANT).list();
	}

	public boolean covenantNameTaken(String name, UUID except) {
		return jdbc.sql("select count(*) from covenant where lower(name) = lower(?) and id <> ?")
			.params(name, except == null ? new UUID(0, 0) : except)
			.query(Long.class)
			.single() > 0;
	}

	public void replaceNaceCodes(UUID covenant, List<String> codes) {
		jdbc.sql("delete from covenant_nace_code where covenant_id = ?").param(covenant).update();
		for (int i = 0; i < codes.size(); i++) {
			jdbc.sql("insert into covenant_nace_code (covenant_id, nace_code, position) values (?, ?, ?)")
				.params(covenant, codes.get(i), i)
				.update();
		}
	}

	/** The NACE codes of every covenant, in the order they were given. */
	public Map<UUID, List<String>> naceCodes() {
		Map<UUID, List<String>> result = new LinkedHashMap<>();
		jdbc.sql("select covenant_id, nace_code from covenant_nace_code order by covenant_id, position")
			.query(rs -> {
				result.computeIfAbsent(uuid(rs, "covenant_id"), k -> new java.util.ArrayList<>())
					.add(rs.getString("nace_code"));
			});
		return result;
	}

	public List<String> naceCodes(UUID covenant) {
		return jdbc.sql("select nace_code from covenant_nace_code where covenant_id = ? order by position")
			.param(covenant)
			.query(String.class)
			.list();
	}

	// --- participants and commitments ---

	private static final RowMapper<ParticipantRow> PARTICIPANT = (rs, n) -> new ParticipantRow(uuid(rs, "id"),
			uuid(rs, "covenant_id"), uuid(rs, "organisation_id"), ParticipantRole.valueOf(rs.getString("role")),
			Constituency.valueOf(rs.getString("constituency")), date(rs, "joined_on"));

	public void insertParticipant(ParticipantRow row, Instant now) {
		jdbc.sql("""
				insert into covenant_participant (id, covenant_id, organisation_id, role, constituency, joined_on,
				                                  created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), row.covenantId(), row.organisationId(), row.role().name(), row.constituency().name(),
					row.joinedOn(), Timestamp.from(now))
			.update();
	}

	public List<ParticipantRow> participants(UUID covenant) {
		return jdbc.sql("select * from covenant_participant where covenant_id = ? order by role, created_at")
			.param(covenant)
			.query(PARTICIPANT)
			.list();
	}

	public Optional<ParticipantRow> participant(UUID covenant, UUID id) {
		return jdbc.sql("select * from covenant_participant where covenant_id = ? and id = ?")
			.params(covenant, id)
			.query(PARTICIPANT)
			.optional();
	}

	public boolean isParticipant(UUID covenant, UUID organisation) {
		return jdbc.sql("select count(*) from covenant_participant where covenant_id = ? and organisation_id = ?")
			.params(covenant, organisation)
			.query(Long.class)
			.single() > 0;
	}

	/** The covenants an organisation takes part in as a party or stakeholder. */
	public List<ParticipantRow> participationsOf(UUID organisation) {
		return jdbc.sql("select * from covenant_participant where organisation_id = ?")
			.param(organisation)
			.query(PARTICIPANT)
			.list();
	}

	public void deleteParticipant(UUID id) {
		jdbc.sql("delete from covenant_participant where id = ?").param(id).update();
	}

	private static final RowMapper<CommitmentRow> COMMITMENT = (rs, n) -> new CommitmentRow(uuid(rs, "id"),
			uuid(rs, "covenant_id"), uuid(rs, "participant_id"), uuid(rs, "theme_id"), rs.getString("title"),
			rs.getString("description"), date(rs, "due_on"));

	public void insertCommitment(CommitmentRow row, Instant now) {
		jdbc.sql("""
				insert into covenant_commitment (id, covenant_id, participant_id, theme_id, title, description, due_on,
				                                 created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), row.covenantId(), row.participantId(), row.themeId(), row.title(), row.description(),
					row.dueOn(), Timestamp.from(now))
			.update();
	}

	public List<CommitmentRow> commitments(UUID covenant) {
		return jdbc.sql("select * from covenant_commitment where covenant_id = ? order by created_at, title")
			.param(covenant)
			.query(COMMITMENT)
			.list();
	}

	public Optional<CommitmentRow> commitment(UUID covenant, UUID id) {
		return jdbc.sql("select * from covenant_commitment where covenant_id = ? and id = ?")
			.params(covenant, id)
			.query(COMMITMENT)
			.optional();
	}

	public long commitmentCount(UUID participant) {
		return jdbc.sql("select count(*) from covenant_commitment where participant_id = ?")
			.param(participant)
			.query(Long.class)
			.single();
	}

	public void deleteCommitment(UUID id) {
		jdbc.sql("delete from covenant_commitment where id = ?").param(id).update();
	}

	// --- themes ---

	private static final RowMapper<ThemeRow> THEME = (rs, n) -> new ThemeRow(uuid(rs, "id"), uuid(rs, "covenant_id"),
			rs.getString("code"), rs.getString("name"), rs.getString("description"), rs.getInt("position"),
			rs.getBoolean("active"));

	public void insertTheme(ThemeRow row) {
		jdbc.sql("""
				insert into covenant_theme (id, covenant_id, code, name, description, position, active)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), row.covenantId(), row.code(), row.name(), row.description(), row.position(),
					row.active())
			.update();
	}

	public void updateTheme(ThemeRow row) {
		jdbc.sql("update covenant_theme set name = ?, description = ?, position = ?, active = ? where id = ?")
			.params(row.name(), row.description(), row.position(), row.active(), row.id())
			.update();
	}

	public List<ThemeRow> themes(UUID covenant) {
		return jdbc.sql("select * from covenant_theme where covenant_id = ? order by position, code")
			.param(covenant)
			.query(THEME)
			.list();
	}

	public Optional<ThemeRow> theme(UUID covenant, UUID id) {
		return jdbc.sql("select * from covenant_theme where covenant_id = ? and id = ?")
			.params(covenant, id)
			.query(THEME)
			.optional();
	}

	public boolean themeCodeTaken(UUID covenant, String code) {
		return jdbc.sql("select count(*) from covenant_theme where covenant_id = ? and code = ?")
			.params(covenant, code)
			.query(Long.class)
			.single() > 0;
	}

	public int nextThemePosition(UUID covenant) {
		return jdbc.sql("select coalesce(max(position), 0) + 1 from covenant_theme where covenant_id = ?")
			.param(covenant)
			.query(Integer.class)
			.single();
	}

	// --- bodies ---

	private static final RowMapper<BodyRow> BODY = (rs, n) -> new BodyRow(uuid(rs, "id"), uuid(rs, "covenant_id"),
			BodyType.valueOf(rs.getString("type")), rs.getString("name"), rs.getString("mandate"));

	private static final RowMapper<BodyMemberRow> BODY_MEMBER = (rs, n) -> new BodyMemberRow(uuid(rs, "id"),
			uuid(rs, "body_id"), rs.getString("person_name"), uuid(rs, "organisation_id"),
			rs.getString("constituency") == null ? null : Constituency.valueOf(rs.getString("constituency")),
			Seat.valueOf(rs.getString("seat")), rs.getBoolean("independent"), date(rs, "since"));

	public void insertBody(BodyRow row, Instant now) {
		jdbc.sql("insert into covenant_body (id, covenant_id, type, name, mandate, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(row.id(), row.covenantId(), row.type().name(), row.name(), row.mandate(), Timestamp.from(now))
			.update();
	}

	public List<BodyRow> bodies(UUID covenant) {
		return jdbc.sql("""
				select * from covenant_body where covenant_id = ?
				order by case type when 'STEERING_COMMITTEE' then 1 when 'COMPLAINTS_COMMITTEE' then 2
				                   when 'SECRETARIAT' then 3 else 4 end, created_at""")
			.param(covenant)
			.query(BODY)
			.list();
	}

	public Optional<BodyRow> body(UUID covenant, UUID id) {
		return jdbc.sql("select * from covenant_body where covenant_id = ? and id = ?")
			.params(covenant, id)
			.query(BODY)
			.optional();
	}

	public boolean bodyTypeTaken(UUID covenant, BodyType type) {
		return jdbc.sql("select count(*) from covenant_body where covenant_id = ? and type = ?")
			.params(covenant, type.name())
			.query(Long.class)
			.single() > 0;
	}

	public void insertBodyMember(BodyMemberRow row, Instant now) {
		jdbc.sql("""
				insert into covenant_body_member (id, body_id, person_name, organisation_id, constituency, seat,
				                                  independent, since, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), row.bodyId(), row.personName(), row.organisationId(),
					row.constituency() == null ? null : row.constituency().name(), row.seat().name(), row.independent(),
					row.since(), Timestamp.from(now))
			.update();
	}

	/** The members of every body of a covenant, chairs first. */
	public List<BodyMemberRow> bodyMembers(UUID covenant) {
		return jdbc.sql("""
				select m.* from covenant_body_member m join covenant_body b on b.id = m.body_id
				where b.covenant_id = ?
				order by m.seat, m.constituency nulls first, m.created_at""")
			.param(covenant)
			.query(BODY_MEMBER)
			.list();
	}

	public Optional<BodyMemberRow> bodyMember(UUID body, UUID id) {
		return jdbc.sql("select * from covenant_body_member where body_id = ? and id = ?")
			.params(body, id)
			.query(BODY_MEMBER)
			.optional();
	}

	public void deleteBodyMember(UUID id) {
		jdbc.sql("delete from covenant_body_member where id = ?").param(id).update();
	}

	/** The bodies in which someone of the organisation has a seat. */
	public List<BodyRow> bodiesWithSeatFor(UUID organisation) {
		return jdbc.sql("""
				select distinct b.* from covenant_body b join covenant_body_member m on m.body_id = b.id
				where m.organisation_id = ?""")
			.param(organisation)
			.query(BODY)
			.list();
	}

	// --- memberships ---

	private static final RowMapper<Membership> MEMBERSHIP = (rs, n) -> new Membership(
			new MembershipId(uuid(rs, "id")), new CovenantId(uuid(rs, "covenant_id")),
			new OrganisationId(uuid(rs, "organisation_id")), MembershipState.valueOf(rs.getString("state")),
			rs.getBoolean("light_regime"), date(rs, "applied_on"), date(rs, "active_since"),
			date(rs, "suspended_since"), date(rs, "exited_on"));

	public void insertMembership(Membership m, Instant now) {
		jdbc.sql("""
				insert into covenant_membership (id, covenant_id, organisation_id, state, light_regime, applied_on,
				                                 active_since, suspended_since, exited_on, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.id().value(), m.covenantId().value(), m.organisationId().value(), m.state().name(),
					m.lightRegime(), m.appliedOn(), m.activeSince(), m.suspendedSince(), m.exitedOn(),
					Timestamp.from(now))
			.update();
	}

	public void updateMembership(Membership m, Instant now) {
		jdbc.sql("""
				update covenant_membership set state = ?, light_regime = ?, active_since = ?, suspended_since = ?,
				                               exited_on = ?, updated_at = ?
				where id = ?""")
			.params(m.state().name(), m.lightRegime(), m.activeSince(), m.suspendedSince(), m.exitedOn(),
					Timestamp.from(now), m.id().value())
			.update();
	}

	/** The membership, locked for the rest of the transaction so that two steps cannot cross. */
	public Optional<Membership> lockMembership(CovenantId covenant, MembershipId id) {
		return jdbc.sql("select * from covenant_membership where covenant_id = ? and id = ? for update")
			.params(covenant.value(), id.value())
			.query(MEMBERSHIP)
			.optional();
	}

	public Optional<Membership> membership(CovenantId covenant, MembershipId id) {
		return jdbc.sql("select * from covenant_membership where covenant_id = ? and id = ?")
			.params(covenant.value(), id.value())
			.query(MEMBERSHIP)
			.optional();
	}

	public List<Membership> memberships(CovenantId covenant) {
		return jdbc.sql("select * from covenant_membership where covenant_id = ? order by applied_on, id")
			.param(covenant.value())
			.query(MEMBERSHIP)
			.list();
	}

	public List<Membership> membershipsOf(OrganisationId organisation) {
		return jdbc.sql("select * from covenant_membership where organisation_id = ? order by applied_on, id")
			.param(organisation.value())
			.query(MEMBERSHIP)
			.list();
	}

	public List<Membership> membershipsIn(Collection<MembershipState> states) {
		return jdbc.sql("select * from covenant_membership where state = any(?) order by applied_on, id")
			.param(states.stream().map(Enum::name).toArray(String[]::new))
			.query(MEMBERSHIP)
			.list();
	}

	public boolean hasOpenMembership(CovenantId covenant, OrganisationId organisation) {
		return jdbc.sql("""
				select count(*) from covenant_membership
				where covenant_id = ? and organisation_id = ? and state <> 'EXITED'""")
			.params(covenant.value(), organisation.value())
			.query(Long.class)
			.single() > 0;
	}

	public void insertHistory(MembershipId membership, MembershipHistoryEntry entry) {
		jdbc.sql("""
				insert into covenant_membership_history (membership_id, from_state, to_state, actor, occurred_at,
				                                         effective_on, reason)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(membership.value(), entry.from() == null ? null : entry.from().name(), entry.to().name(),
					entry.actor(), Timestamp.from(entry.occurredAt()), entry.effectiveOn(), entry.reason())
			.update();
	}

	public List<MembershipHistoryEntry> history(MembershipId membership) {
		return jdbc.sql("select * from covenant_membership_history where membership_id = ? order by id")
			.param(membership.value())
			.query((rs, n) -> new MembershipHistoryEntry(
					rs.getString("from_state") == null ? null : MembershipState.valueOf(rs.getString("from_state")),
					MembershipState.valueOf(rs.getString("to_state")), rs.getString("actor"),
					rs.getTimestamp("occurred_at").toInstant(), date(rs, "effective_on"), rs.getString("reason")))
			.list();
	}

	private static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

}
