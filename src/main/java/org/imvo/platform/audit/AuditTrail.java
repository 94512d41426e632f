package org.imvo.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.imvo.platform.audit.internal.HashChain;
import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.CurrentUsers;
import org.imvo.platform.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to, searches and verifies the audit trail. Writes are appended inside the transaction
 * that made them, so a rolled-back write leaves no entry and a committed one always has its entry.
 * Entries are serialised by a transaction-scoped advisory lock, which keeps the chain linear
 * across application instances.
 */
@Service
public class AuditTrail {

	/** Advisory lock key of the chain ("AUDIT" in ASCII). */
	private static final long CHAIN_LOCK = 0x4155444954L;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CurrentUsers currentUsers;

	private final TransactionTemplate newTransaction;

	AuditTrail(JdbcClient jdbc, Clock clock, CurrentUsers currentUsers, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.currentUsers = currentUsers;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	void on(AuditableEvent event) {
		boolean writable = TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		if (writable) {
			append(event);
		}
		else {
			// reads (e.g. the secretariat reading confidential data) are recorded in their own transaction
			newTransaction.executeWithoutResult(status -> append(event));
		}
	}

	private void append(AuditableEvent event) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
		String previous = jdbc.sql("select hash from audit_event order by id desc limit 1")
			.query(String.class)
			.optional()
			.orElse(HashChain.GENESIS);
		// PostgreSQL keeps microseconds; hash exactly what is stored
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String actor = currentUsers.current().map(CurrentUser::username).orElse("system");
		String organisation = event.organisationId() == null ? null : event.organisationId().toString();
		String hash = HashChain.hash(previous, now, actor, organisation, event.action(), event.entityType(),
				event.entityId(), event.summary());
		jdbc.sql("""
				insert into audit_event (occurred_at, actor, organisation_id, action, entity_type, entity_id, summary,
				                         previous_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(now), actor, organisation == null ? null : UUID.fromString(organisation),
					event.action(), event.entityType(), event.entityId(), event.summary(), previous, hash)
			.update();
	}

	/** A page of entries, newest first. */
	public record Page(List<AuditEntry> entries, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

	}

	@Transactional(readOnly = true)
	public Page search(AuditQuery query) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		if (hasText(query.actor())) {
			where.append(" and actor ilike ?");
			params.add("%" + escapeLike(query.actor().strip()) + "%");
		}
		if (hasText(query.action())) {
			where.append(" and action ilike ?");
			params.add(escapeLike(query.action().strip()) + "%");
		}
		if (hasText(query.entityType())) {
			where.append(" and entity_type = ?");
			params.add(query.entityType().strip());
		}
		if (hasText(query.organisationId())) {
			where.append(" and organisation_id = ?");
			params.add(org.imvo.platform.shared.OrganisationId.parse(query.organisationId().strip()).value());
		}
		if (query.from() != null) {
			where.append(" and occurred_at >= ?");
			params.add(Timestamp.from(query.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (query.to() != null) {
			where.append(" and occurred_at < ?");
			params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(query.size());
		pageParams.add((long) query.page() * query.size());
		List<AuditEntry> entries = jdbc.sql("select * from audit_event" + where + " order by id desc limit ? offset ?")
			.params(pageParams)
			.query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("organisation_id"), rs.getString("action"),
					rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
					rs.getString("previous_hash"), rs.getString("hash")))
			.list();
		return new Page(entries, total, query.page(), query.size());
	}

	/** Re-computes every hash from the first entry on; reports the first entry that does not match. */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		AtomicReference<String> expectedPrevious = new AtomicReference<>(HashChain.GENESIS);
		AtomicLong checked = new AtomicLong();
		try (Stream<ChainVerification> failures = jdbc.sql("select * from audit_event order by id")
			.withFetchSize(1000)
			.query((rs, row) -> {
				checked.incrementAndGet();
				long id = rs.getLong("id");
				String previous = rs.getString("previous_hash");
				String hash = rs.getString("hash");
				String recomputed = HashChain.hash(previous, rs.getTimestamp("occurred_at").toInstant(),
						rs.getString("actor"), rs.getString("organisation_id"), rs.getString("action"),
						rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"));
				String problem = null;
				if (!previous.equals(expectedPrevious.get())) {
					problem = "does not follow the entry before it (an entry was removed or inserted)";
				}
				else if (!recomputed.equals(hash)) {
					problem = "its content was changed after it was written";
				}
				expectedPrevious.set(hash);
				return problem == null ? null : new ChainVerification(false, 0, id, problem, null);
			})
			.stream()) {
			var broken = failures.filter(java.util.Objects::nonNull).findFirst();
			Instant now = clock.instant();
			return broken
				.map(b -> new ChainVerification(false, checked.get(), b.firstBrokenId(), b.problem(), now))
				.orElseGet(() -> new ChainVerification(true, checked.get(), null, null, now));
		}
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
