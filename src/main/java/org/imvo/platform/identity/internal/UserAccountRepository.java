package org.imvo.platform.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.OrganisationOverview;
import org.imvo.platform.identity.OrganisationSummary;
import org.imvo.platform.identity.OrganisationType;
import org.imvo.platform.identity.Role;
import org.imvo.platform.identity.UserSummary;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations, users and tokens in PostgreSQL. */
@Repository
public class UserAccountRepository {

	private static final String USER_COLUMNS = """
			u.id, u.username, u.display_name, u.password_hash, u.roles, u.enabled, u.created_at,
			o.id as org_id, o.name as org_name, o.type as org_type, o.active as org_active
			""";

	private final JdbcClient jdbc;

	public UserAccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- organisations ---

	public List<OrganisationSummary> organisations() {
		return jdbc.sql("select * from organisation order by lower(name)").query(this::mapOrganisation).list();
	}

	public Optional<OrganisationSummary> organisation(OrganisationId id) {
		return jdbc.sql("select * from organisation where id = ?").param(id.value()).query(this::mapOrganisation).optional();
	}

	/**
	 * Organisations with their numbers of users, optionally only of one type and only those whose name
	 * contains {@code nameContains} (case-insensitive, taken literally).
	 */
	public List<OrganisationOverview> organisationOverviews(OrganisationType type, String nameContains) {
		return jdbc.sql("""
				select o.*, count(u.id) as users, count(u.id) filter (where u.enabled) as enabled_users
				from organisation o left join user_account u on u.organisation_id = o.id
				where (cast(:type as text) is null or o.type = cast(:type as text))
				  and (cast(:name as text) is null or strpos(lower(o.name), lower(cast(:name as text))) > 0)
				group by o.id
				order by lower(o.name)""")
			.param("type", type == null ? null : type.name())
			.param("name", nameContains == null || nameContains.isBlank() ? null : nameContains.strip())
			.query((rs, row) -> new OrganisationOverview(mapOrganisation(rs, row), rs.getInt("users"),
					rs.getInt("enabled_users")))
			.list();
	}

	/**
	 * How many enabled administrators of active secretariat organisations there are, not counting the
	 * user {@code exceptUser} nor the users of organisation {@code exceptOrganisation} (either may be null).
	 */
	public int administratorsExcept(UUID exceptUser, OrganisationId exceptOrganisation) {
		return jdbc.sql("""
				select count(*) from user_account u join organisation o on o.id = u.organisation_id
				where 'ADMIN' = any(u.roles) and u.enabled and o.active and o.type = 'SECRETARIAT'
				  and u.id <> :user and o.id <> :organisation""")
			.param("user", exceptUser == null ? new UUID(0, 0) : exceptUser)
			.param("organisation", exceptOrganisation == null ? new UUID(0, 0) : exceptOrganisation.value())
			.query(Integer.class)
			.single();
	}

	public boolean organisationNameTaken(String name, OrganisationId except) {
		return jdbc.sql("select count(*) from organisation where lower(name) = lower(?) and id <> ?")
			.params(name, except == null ? new UUID(0, 0) : except.value())
			.query(Long.class)
			.single() > 0;
	}

	public void insertOrganisation(OrganisationSummary o) {
		jdbc.sql("""
				insert into organisation (id, name, type, country, website, active, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(o.id().value(), o.name(), o.type().name(), o.country(), o.website(), o.active(),
					java.sql.Timestamp.from(o.createdAt()))
			.update();
	}

	public void updateOrganisation(OrganisationSummary o) {
		jdbc.sql("update organisation set name = ?, type = ?, country = ?, website = ?, active = ? where id = ?")
			.params(o.name(), o.type().name(), o.country(), o.website(), o.active(), o.id().value())
			.update();
	}

	private OrganisationSummary mapOrganisation(ResultSet rs, int row) throws SQLException {
		return new OrganisationSummary(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
				OrganisationType.valueOf(rs.getString("type")), rs.getString("country"), rs.getString("website"),
				rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant());
	}

	// --- users ---

	public Optional<PlatformUserDetails> findByUsername(String username) {
		return jdbc.sql("select " + USER_COLUMNS
				+ " from user_account u join organisation o on o.id = u.organisation_id where lower(u.username) = lower(?)")
			.param(username)
			.query(this::details)
			.optional();
	}

	public Optional<PlatformUserDetails> findByToken(String tokenHash, Instant now) {
		return jdbc.sql("select " + USER_COLUMNS + """
				 from api_token t join user_account u on u.id = t.user_id
				 join organisation o on o.id = u.organisation_id
				 where t.token_hash = ? and t.expires_at > ?""")
			.params(tokenHash, java.sql.Timestamp.from(now))
			.query(this::details)
			.optional();
	}

	public List<UserSummary> users(OrganisationId organisation) {
		return jdbc.sql("select " + USER_COLUMNS
				+ " from user_account u join organisation o on o.id = u.organisation_id where o.id = ? order by lower(u.username)")
			.param(organisation.value())
			.query(this::summary)
			.list();
	}

	public List<UserSummary> allUsers() {
		return jdbc.sql("select " + USER_COLUMNS
				+ " from user_account u join organisation o on o.id = u.organisation_id order by lower(o.name), lower(u.username)")
			.query(this::summary)
			.list();
	}

	public Optional<UserSummary> user(UUID id) {
		return jdbc.sql("select " + USER_COLUMNS
				+ " from user_account u join organisation o on o.id = u.organisation_id where u.id = ?")
			.param(id)
			.query(this::summary)
			.optional();
	}

	public boolean anyUser() {
		return jdbc.sql("select exists (select 1 from user_account)").query(Boolean.class).single();
	}

	public void insertUser(UUID id, OrganisationId organisation, String username, String displayName, String hash,
			Set<Role> roles, Instant now) {
		jdbc.sql("""
				insert into user_account (id, organisation_id, username, display_name, password_hash, roles, enabled, created_at)
				values (?, ?, ?, ?, ?, ?::text[], true, ?)""")
			.params(id, organisation.value(), username, displayName, hash, pgArray(roles), java.sql.Timestamp.from(now))
			.update();
	}

	public void updateUser(UUID id, String displayName, Set<Role> roles, boolean enabled) {
		jdbc.sql("update user_account set display_name = ?, roles = ?::text[], enabled = ? where id = ?")
			.params(displayName, pgArray(roles), enabled, id)
			.update();
		if (!enabled) {
			jdbc.sql("delete from api_token where user_id = ?").param(id).update();
		}
	}

	public void updatePassword(UUID id, String hash) {
		jdbc.sql("update user_account set password_hash = ? where id = ?").params(hash, id).update();
		jdbc.sql("delete from api_token where user_id = ?").param(id).update();
	}

	public void insertToken(String tokenHash, UUID userId, Instant issued, Instant expires) {
		jdbc.sql("insert into api_token (token_hash, user_id, issued_at, expires_at) values (?, ?, ?, ?)")
			.params(tokenHash, userId, java.sql.Timestamp.from(issued), java.sql.Timestamp.from(expires))
			.update();
		jdbc.sql("delete from api_token where expires_at < ?").param(java.sql.Timestamp.from(issued)).update();
	}

	private static String pgArray(Set<Role> roles) {
		return "{" + String.join(",", roles.stream().map(Enum::name).sorted().toList()) + "}";
	}

	private PlatformUserDetails details(ResultSet rs, int row) throws SQLException {
		OrganisationType type = OrganisationType.valueOf(rs.getString("org_type"));
		Set<Role> roles = roles(rs.getArray("roles"));
		roles.add(type.audience());
		CurrentUser user = new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
				rs.getString("display_name"), new OrganisationId(rs.getObject("org_id", UUID.class)),
				rs.getString("org_name"), type, roles);
		return new PlatformUserDetails(user, rs.getString("password_hash"),
				rs.getBoolean("enabled") && rs.getBoolean("org_active"));
	}

	private UserSummary summary(ResultSet rs, int row) throws SQLException {
		return new UserSummary(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				new OrganisationId(rs.getObject("org_id", UUID.class)), rs.getString("org_name"),
				roles(rs.getArray("roles")), rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());
	}

	private static Set<Role> roles(Array array) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
		return roles;
	}

}
