package org.imvo.platform.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles password guessing: after {@value #MAX_PER_USER} failed logins for one username, or
 * {@value #MAX_PER_ADDRESS} from one client address, within {@link #WINDOW}, further attempts are
 * refused until the lock expires. Counters live in PostgreSQL so they hold across instances.
 */
@Component
public class LoginThrottle {

	static final int MAX_PER_USER = 5;

	static final int MAX_PER_ADDRESS = 30;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** When logins for this username or address are locked, until when. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username, String address) {
		Instant now = clock.instant();
		return jdbc.sql("select max(locked_until) from login_throttle where throttle_key in (?, ?) and locked_until > ?")
			.params(userKey(username), addressKey(address), Timestamp.from(now))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username, String address) {
		count(userKey(username), MAX_PER_USER);
		count(addressKey(address), MAX_PER_ADDRESS);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		jdbc.sql("delete from login_throttle where throttle_key = ?").param(userKey(username)).update();
	}

	private void count(String key, int max) {
		Instant now = clock.instant();
		Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
		// a new window starts when the previous one is over; the lock is set when the count reaches max
		jdbc.sql("""
				insert into login_throttle as t (throttle_key, failures, window_start, locked_until)
				values (:key, 1, :now, null)
				on conflict (throttle_key) do update set
				  failures = case when t.window_start < :windowStart then 1 else t.failures + 1 end,
				  window_start = case when t.window_start < :windowStart then :now else t.window_start end,
				  locked_until = case
				    when t.window_start >= :windowStart and t.failures + 1 >= :max then :lockedUntil
				    else t.locked_until end""")
			.param("key", key)
			.param("now", Timestamp.from(now))
			.param("windowStart", windowStart)
			.param("max", max)
			.param("lockedUntil", Timestamp.from(now.plus(LOCK)))
			.update();
	}

	private static String userKey(String username) {
		return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "address:" + (address == null ? "unknown" : address);
	}

}
