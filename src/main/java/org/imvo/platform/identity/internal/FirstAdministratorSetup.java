package org.imvo.platform.identity.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;

import org.imvo.platform.identity.NewOrganisation;
import org.imvo.platform.identity.NewUser;
import org.imvo.platform.identity.OrganisationSummary;
import org.imvo.platform.identity.OrganisationType;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Lets a fresh installation (no users, no demo) get its first secretariat administrator without a
 * default password: either from {@code IMVO_ADMIN_USERNAME} and {@code IMVO_ADMIN_PASSWORD}, or,
 * when those are not set, through {@code /setup} with a one-time token printed to the log (only its
 * hash is stored).
 */
@Component
@Order(100)
public class FirstAdministratorSetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministratorSetup.class);

	private final Organisations organisations;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean demo;

	private final String adminUsername;

	private final String adminPassword;

	private final String secretariatName;

	FirstAdministratorSetup(Organisations organisations, JdbcClient jdbc, Clock clock,
			@Value("${imvo.demo:false}") boolean demo, @Value("${imvo.admin.username:}") String adminUsername,
			@Value("${imvo.admin.password:}") String adminPassword,
			@Value("${imvo.admin.organisation:Covenant secretariat}") String secretariatName) {
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.clock = clock;
		this.demo = demo;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
		this.secretariatName = secretariatName;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demo || organisations.anyUser()) {
			return;
		}
		if (StringUtils.hasText(adminUsername) && StringUtils.hasText(adminPassword)) {
			createAdministrator(secretariatName, "Administrator", adminUsername, adminPassword);
			log.info("Created the first secretariat administrator '{}' from the environment", adminUsername);
			return;
		}
		String token = issueToken();
		log.warn("""

				============================================================================
				 No users yet. Create the first secretariat administrator at /setup
				 with this one-time setup token: {}
				============================================================================""", token);
	}

	public boolean setupOpen() {
		return !organisations.anyUser();
	}

	@Transactional
	public void complete(String token, String organisationName, String displayName, String username, String password) {
		if (!setupOpen()) {
			throw new IllegalStateException("Setup is already complete.");
		}
		String stored = jdbc.sql("select token_hash from setup_token where id = 1 for update")
			.query(String.class)
			.optional()
			.orElse("");
		if (token == null || !MessageDigest.isEqual(stored.getBytes(), ApiTokens.hash(token.strip()).getBytes())) {
			throw new IllegalArgumentException("The setup token is wrong. Use the token printed in the log at start-up.");
		}
		createAdministrator(organisationName, displayName, username, password);
		jdbc.sql("delete from setup_token").update();
	}

	private void createAdministrator(String organisationName, String displayName, String username, String password) {
		OrganisationSummary secretariat = organisations
			.create(new NewOrganisation(organisationName, OrganisationType.SECRETARIAT, null, null));
		organisations.createUser(new NewUser(secretariat.id().toString(), username, displayName, password,
				Set.of(Role.ADMIN, Role.EDITOR)));
	}

	@Transactional
	String issueToken() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into setup_token (id, token_hash, created_at) values (1, ?, ?)
				on conflict (id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""")
			.params(ApiTokens.hash(token), Timestamp.from(clock.instant()))
			.update();
		return token;
	}

}
