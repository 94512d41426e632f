package org.imvo.platform.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.imvo.platform.ImvoPlatformApplication;
import org.imvo.platform.facility.FacilityId;
import org.imvo.platform.facility.ImportId;
import org.imvo.platform.facility.ImportStatus;
import org.imvo.platform.facility.ImportSummary;
import org.imvo.platform.facility.LocationLists;
import org.imvo.platform.facility.RowOutcome;
import org.imvo.platform.facility.internal.RegistryIndex;
import org.imvo.platform.facility.matching.evaluation.EvaluationSetGenerator;
import org.imvo.platform.facility.matching.evaluation.EvaluationSetGenerator.Query;
import org.imvo.platform.facility.matching.evaluation.EvaluationSetGenerator.Registry;
import org.imvo.platform.facility.matching.evaluation.SyntheticFacilities.Facility;
import org.imvo.platform.identity.NewOrganisation;
import org.imvo.platform.identity.OrganisationSummary;
import org.imvo.platform.identity.OrganisationType;
import org.imvo.platform.identity.Organisations;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Import end to end" (docs/benchmarks.md): the whole application on its embedded PostgreSQL, a
 * registry of 1,000,000 facilities, and one 100,000-row CSV list uploaded through the import service
 * and timed until it is committed — parse, match, persist, commit — by the same background worker
 * that imports every list.
 * <p>
 * The registry is generated once into {@code target/benchmark-import} (COPY; kept for the next run,
 * which then measures how long the matcher index takes to load at start-up). The facilities and the
 * list come from the matching engine's evaluation-set generator: names repeat as in reality, and the
 * list is 62 % registry facilities written differently, 28 % new facilities, 10 % hard negatives
 * (sister factories, namesakes). After the run the list and what it created are removed, so runs
 * can be repeated. Run with {@code -Xmx2g}; arguments (optional): facilities, rows, data folder.
 */
public final class ImportEndToEndBenchmark {

	private static final long REGISTRY_SEED = 20_260_701L;

	private ImportEndToEndBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int facilities = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		Path dataDir = Path.of(args.length > 2 ? args[2] : "target/benchmark-import").toAbsolutePath();
		Runtime rt = Runtime.getRuntime();
		print("machine: %d processors, %s %s, max heap %d MiB, JVM arguments %s", rt.availableProcessors(),
				System.getProperty("java.vm.name"), System.getProperty("java.version"), rt.maxMemory() >> 20,
				ManagementFactory.getRuntimeMXBean().getInputArguments());

		long startApp = System.nanoTime();
		// command-line arguments: they take precedence over application.properties
		ConfigurableApplicationContext app = new SpringApplicationBuilder(ImvoPlatformApplication.class).run(
				"--imvo.data-dir=" + dataDir, "--imvo.demo=false", "--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--logging.level.org.imvo.platform.facility=INFO");
		print("application started in %.1f s", seconds(startApp));
		try {
			run(app, facilities, rows, dataDir);
		}
		finally {
			app.close();
		}
	}

	private static void run(ConfigurableApplicationContext app, int facilities, int rows, Path dataDir)
			throws Exception {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		RegistryIndex index = app.getBean(RegistryIndex.class);
		LocationLists lists = app.getBean(LocationLists.class);
		index.awaitReady();
		long present = jdbc.sql("select count(*) from facility").query(Long.class).single();
		if (present != facilities) {
			print("generating a registry of %,d facilities (there are %,d)…", facilities, present);
			long t = System.nanoTime();
			generateRegistry(app, facilities);
			print("registry generated and written with COPY in %.1f s", seconds(t));
			t = System.nanoTime();
			index.reload();
			print("matcher index loaded from the facility table: %,d facilities in %.1f s", index.size(), seconds(t));
		}
		else {
			print("matcher index loaded at start-up from the facility table: %,d facilities in %.1f s", index.size(),
					index.loadMillis() / 1000.0);
		}
		print("heap in use with the index loaded: %d MiB", usedHeapAfterGc() >> 20);

		// the list: a sample of the registry (every eighth facility) written differently, plus new ones
		Files.createDirectories(dataDir);
		Path csv = dataDir.resolve("list-" + rows + ".csv");
		Map<Integer, String> expected = writeList(facilities, rows, csv);
		print("list: %,d rows, %.1f MiB", rows, Files.size(csv) / 1048576.0);

		Organisations organisations = app.getBean(Organisations.class);
		OrganisationSummary company = organisations.create(new NewOrganisation(
				"Benchmark company " + UUID.randomUUID().toString().substring(0, 8), OrganisationType.COMPANY, "NL", null));
		Map<Long, Long> postgresBefore = postgresCpu(dataDir);
		long jvmBefore = jvmCpu();
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long t0 = System.nanoTime();
		ImportId id = lists.upload(company.id(), "benchmark", csv.getFileName().toString(), "text/csv", csv);
		double accepted = seconds(t0);
		ImportSummary summary = lists.get(id);
		while (summary.status().isPending()) {
			Thread.sleep(50);
			summary = lists.get(id);
		}
		double total = seconds(t0);
		double jvmSeconds = (jvmCpu() - jvmBefore) / 1e9;
		double postgresSeconds = cpuSince(postgresBefore, postgresCpu(dataDir)) / 1e9;
		double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		if (summary.status() != ImportStatus.DONE) {
			throw new IllegalStateException("The import ended " + summary.status() + ": " + summary.errorMessage());
		}
		print("END TO END: %,d rows uploaded, parsed, matched, persisted and committed in %.1f s (%,.0f rows/s); "
				+ "upload accepted (checked and stored) after %.2f s", rows, total, rows / total, accepted);
		print("CPU time meanwhile: application %.1f s, PostgreSQL %.1f s (together %.1f s of the %.1f s x %d cores); "
				+ "load average %.2f before, %.2f after", jvmSeconds, postgresSeconds, jvmSeconds + postgresSeconds, total,
				Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
		print("outcomes: %,d matched, %,d new, %,d to review (%.2f %%), %,d rejected",
				summary.count(RowOutcome.MATCHED), summary.count(RowOutcome.NEW), summary.count(RowOutcome.REVIEW),
				100.0 * summary.count(RowOutcome.REVIEW) / rows, summary.count(RowOutcome.REJECTED));
		quality(jdbc, id, expected);
		print("heap in use after the import: %d MiB", usedHeapAfterGc() >> 20);
		cleanUp(app, jdbc, id, company);
	}

	// ------------------------------------------------------------------ data

	/** Writes the registry with COPY; facility keys are the generator's keys. */
	private static void generateRegistry(ConfigurableApplicationContext app, int size) throws Exception {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		DataSource dataSource = app.getBean(DataSource.class);
		jdbc.sql("truncate facility, facility_alias, facility_change, organisation_current_list, match_decision, "
				+ "location_list_row, location_list_transition, location_list").update();
		jdbc.sql("drop index if exists facility_name_search_idx").update();
		Random random = new Random(REGISTRY_SEED);
		Set<String> ids = new HashSet<>();
		String now = Instant.now().toString();
		StringBuilder batch = new StringBuilder(1 << 22);
		long[] maxKey = { 0 };
		try (Connection connection = dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			String sql = "copy facility (id, facility_id, name, address, country, lat, lng, status, created_at) from stdin";
			EvaluationSetGenerator.generate(REGISTRY_SEED, size, false, (f, family) -> {
				FacilityId id;
				do {
					id = FacilityId.generate(f.country(), random);
				}
				while (!ids.add(id.value()));
				batch.append(f.key()).append('\t').append(id.value()).append('\t').append(text(f.name())).append('\t')
					.append(text(f.address())).append('\t').append(f.country()).append('\t')
					.append(f.lat() == null ? "\\N" : f.lat().toString()).append('\t')
					.append(f.lng() == null ? "\\N" : f.lng().toString()).append("\tACTIVE\t").append(now).append('\n');
				maxKey[0] = Math.max(maxKey[0], f.key());
				if (batch.length() > (1 << 22) - 4096) {
					copyIn(copy, sql, batch);
				}
			});
			copyIn(copy, sql, batch);
		}
		jdbc.sql("select setval('facility_key_seq', ?)").param(maxKey[0] + 1).query(Long.class).single();
		long t = System.nanoTime();
		try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			// no query time-out for this one (the application's is 30 s)
			statement.execute("create index facility_name_search_idx on facility using gin (lower(name) gin_trgm_ops) "
					+ "with (fastupdate = on, gin_pending_list_limit = 65536)");
			statement.execute("analyze facility");
		}
		print("search index rebuilt in %.1f s", seconds(t));
	}

	private static void copyIn(org.postgresql.copy.CopyManager copy, String sql, StringBuilder batch) {
		try {
			copy.copyIn(sql, new StringReader(batch.toString()));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		batch.setLength(0);
	}

	/** Writes the list as CSV; returns the expected facility key (or "NEW") per row number. */
	private static Map<Integer, String> writeList(int facilities, int rows, Path csv) throws IOException {
		List<Facility> sample = new ArrayList<>();
		Map<Long, List<Facility>> sisters = new HashMap<>();
		Random pick = new Random(42);
		EvaluationSetGenerator.generate(REGISTRY_SEED, facilities, false, (f, family) -> {
			if (pick.nextInt(8) == 0) {
				sample.add(f);
				if (family != null) {
					sisters.put(f.key(), family);
				}
			}
		});
		List<Query> queries = EvaluationSetGenerator.queries(new Registry(sample, sisters), 4242L, rows, 0, "b");
		Map<Integer, String> expected = new HashMap<>();
		Random tiers = new Random(7);
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("name,address,country,lat,lng,tier\n");
			int row = 2;
			for (Query q : queries) {
				out.write(cell(q.name()) + "," + cell(q.address()) + "," + q.country() + ","
						+ (q.lat() == null ? "" : q.lat()) + "," + (q.lng() == null ? "" : q.lng()) + ","
						+ (1 + tiers.nextInt(3)) + "\n");
				expected.put(row++, q.expected());
			}
		}
		return expected;
	}

	/** Precision of the automatic matches against the generator's labels. */
	private static void quality(JdbcClient jdbc, ImportId id, Map<Integer, String> expected) {
		int[] counts = new int[3];
		jdbc.sql("select row_number, facility_key from location_list_row where list_id = ? and outcome = 'MATCHED'")
			.param(id.value())
			.query(rs -> {
				String label = expected.get(rs.getInt(1));
				counts[String.valueOf(rs.getLong(2)).equals(label) ? 0 : 1]++;
			});
		long known = expected.values().stream().filter(v -> !v.equals("NEW")).count();
		print("automatic matches against the generator's labels: precision %.4f, recall %.4f (synthetic data; see the "
				+ "matching section for the labelled evaluation set)", (double) counts[0] / Math.max(1, counts[0] + counts[1]),
				(double) counts[0] / Math.max(1, known));
	}

	/** Removes the list and what it created, so that the next run starts from the same registry. */
	private static void cleanUp(ConfigurableApplicationContext app, JdbcClient jdbc, ImportId id,
			OrganisationSummary company) throws java.sql.SQLException {
		UUID list = id.value();
		jdbc.sql("delete from organisation_current_list where organisation_id = ?").param(company.id().value()).update();
		jdbc.sql("delete from match_decision where organisation_id = ?").param(company.id().value()).update();
		jdbc.sql("delete from facility where created_list_id = ?").param(list).update();
		jdbc.sql("delete from location_list_row where list_id = ?").param(list).update();
		jdbc.sql("delete from location_list_transition where list_id = ?").param(list).update();
		jdbc.sql("delete from location_list where id = ?").param(list).update();
		DataSource dataSource = app.getBean(DataSource.class);
		try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			statement.execute("vacuum analyze facility");
			statement.execute("vacuum analyze location_list_row");
		}
	}

	// ------------------------------------------------------------------ CPU time

	private static long jvmCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** CPU time (ns) of the embedded PostgreSQL: its postmaster (found by the data folder) and its backends. */
	private static Map<Long, Long> postgresCpu(Path dataDir) {
		Map<Long, Long> cpu = new HashMap<>();
		String folder = dataDir.resolve("postgres").toString();
		ProcessHandle.allProcesses()
			.filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(folder)).orElse(false))
			.forEach(postmaster -> {
				cpu.put(postmaster.pid(), postmaster.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L));
				postmaster.descendants()
					.forEach(p -> cpu.put(p.pid(),
							p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)));
			});
		return cpu;
	}

	private static long cpuSince(Map<Long, Long> before, Map<Long, Long> after) {
		long sum = 0;
		for (Map.Entry<Long, Long> process : after.entrySet()) {
			sum += Math.max(0, process.getValue() - before.getOrDefault(process.getKey(), 0L));
		}
		return sum;
	}

	// ------------------------------------------------------------------ helpers

	private static String text(String value) {
		return value.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ").replace("\r", " ");
	}

	private static String cell(String value) {
		if (value == null) {
			return "";
		}
		return value.contains(",") || value.contains("\"") || value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\""
				: value;
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		Runtime rt = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return rt.totalMemory() - rt.freeMemory();
	}

	private static void print(String format, Object... args) {
		System.out.printf(Locale.ROOT, format + "%n", args);
	}

}
