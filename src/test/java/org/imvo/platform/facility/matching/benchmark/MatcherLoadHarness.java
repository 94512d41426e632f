package org.imvo.platform.facility.matching.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

import org.imvo.platform.facility.matching.FacilityMatcher;
import org.imvo.platform.facility.matching.LocationQuery;
import org.imvo.platform.facility.matching.MatchResult;
import org.imvo.platform.facility.matching.RegisteredFacility;
import org.imvo.platform.facility.matching.evaluation.EvaluationSetGenerator;
import org.imvo.platform.facility.matching.evaluation.EvaluationSetGenerator.Query;
import org.imvo.platform.facility.matching.evaluation.EvaluationSetGenerator.Registry;
import org.imvo.platform.facility.matching.evaluation.SyntheticFacilities.Facility;

/**
 * The matcher at production scale: builds an index of 1,000,000 synthetic facilities (the generator
 * of the evaluation set, names repeating as they do in reality), then measures single-location
 * latency (p50/p99 over 10,000 queries, one thread) and the throughput of 100,000 queries on two
 * threads. Queries are a realistic list: 62 % registry facilities written differently, 28 % new,
 * 10 % hard negatives. Prints heap and times; run with -Xmx2g (see docs/benchmarks.md).
 *
 * <p>Arguments (all optional): facilities (1000000), latency queries (10000), throughput queries
 * (100000), threads (2).
 */
public final class MatcherLoadHarness {

	private MatcherLoadHarness() {
	}

	public static void main(String[] args) throws Exception {
		int facilities = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int latencyQueries = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		int throughputQueries = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
		int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
		Runtime rt = Runtime.getRuntime();
		System.out.printf(Locale.ROOT, "machine: %d processors, %s %s, max heap %d MiB%n", rt.availableProcessors(),
				System.getProperty("java.vm.name"), System.getProperty("java.version"), rt.maxMemory() >> 20);
		System.out.println("JVM arguments: " + ManagementFactory.getRuntimeMXBean().getInputArguments());

		// 1. build: facilities stream from the generator into the matcher; one in eight is kept as a
		// possible query target
		FacilityMatcher matcher = new FacilityMatcher();
		List<Facility> sample = new ArrayList<>();
		Map<Long, List<Facility>> sisters = new HashMap<>();
		Random pick = new Random(42);
		long start = System.nanoTime();
		EvaluationSetGenerator.generate(123_456L, facilities, false, (f, family) -> {
			matcher.add(new RegisteredFacility(f.key(), f.name(), f.address(), f.country(), f.lat(), f.lng()));
			if (pick.nextInt(8) == 0) {
				sample.add(f);
				if (family != null) {
					sisters.put(f.key(), family);
				}
			}
		});
		double buildSeconds = (System.nanoTime() - start) / 1e9;
		long heapBefore = usedHeapAfterGc();
		System.out.printf(Locale.ROOT, "index: %,d facilities built in %.1f s (generation of the synthetic data included)%n",
				matcher.size(), buildSeconds);

		Registry registry = new Registry(sample, sisters);
		List<Query> latencySet = EvaluationSetGenerator.queries(registry, 777L, latencyQueries, 0, "l");
		List<Query> throughputSet = EvaluationSetGenerator.queries(registry, 778L, throughputQueries, 1, "t");
		List<Query> warmSet = EvaluationSetGenerator.queries(registry, 779L, 5_000, 0, "w");
		sample.clear();
		sisters.clear();
		long heapIndex = usedHeapAfterGc();
		System.out.printf(Locale.ROOT, "heap in use after build (index, plus %,d query rows kept for the runs): %d MiB (%d MiB before the queries were made)%n",
				latencyQueries + throughputQueries + 5_000, heapIndex >> 20, heapBefore >> 20);

		// 2. warm-up, then latency on one thread
		List<LocationQuery> warm = toQueries(warmSet);
		for (LocationQuery q : warm) {
			matcher.match(q);
		}
		List<LocationQuery> latency = toQueries(latencySet);
		long[] nanos = new long[latency.size()];
		long[] cpuNanos = new long[latency.size()];
		int[] outcomes = new int[3];
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < latency.size(); i++) {
			long c = cpu.getCurrentThreadCpuTime();
			long t = System.nanoTime();
			MatchResult r = matcher.match(latency.get(i));
			nanos[i] = System.nanoTime() - t;
			cpuNanos[i] = cpu.getCurrentThreadCpuTime() - c;
			outcomes[r.outcome().ordinal()]++;
			if (Boolean.getBoolean("harness.slow") && nanos[i] > 2_000_000) {
				System.out.println("SLOW " + nanos[i] / 1000 + " us " + latency.get(i));
			}
		}
		Arrays.sort(nanos);
		System.out.printf(Locale.ROOT,
				"latency over %,d queries, one thread: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms (matched %d, review %d, new %d)%n",
				nanos.length, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), ms(nanos, 0.999), nanos[nanos.length - 1] / 1e6,
				outcomes[0], outcomes[1], outcomes[2]);
		Arrays.sort(cpuNanos);
		System.out.printf(Locale.ROOT,
				"  the same queries in CPU time of the matching thread (without waiting for a core): p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms%n",
				ms(cpuNanos, 0.50), ms(cpuNanos, 0.90), ms(cpuNanos, 0.99), ms(cpuNanos, 0.999));
		System.out.printf(Locale.ROOT, "  machine load average while measuring: %.2f%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

		// 3. throughput on N threads
		List<LocationQuery> bulk = toQueries(throughputSet);
		AtomicIntegerArray counts = new AtomicIntegerArray(3);
		AtomicIntegerArray quality = new AtomicIntegerArray(3);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long t0 = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		AtomicLong cpuTotal = new AtomicLong();
		for (int th = 0; th < threads; th++) {
			int from = th * bulk.size() / threads;
			int to = (th + 1) * bulk.size() / threads;
			futures.add(pool.submit(() -> {
				long c0 = cpu.getCurrentThreadCpuTime();
				for (int i = from; i < to; i++) {
					MatchResult r = matcher.match(bulk.get(i));
					counts.incrementAndGet(r.outcome().ordinal());
					String expected = throughputSet.get(i).expected();
					if (!expected.equals("NEW")) {
						quality.incrementAndGet(0);
					}
					if (r.matchedKey() != null) {
						boolean correct = String.valueOf(r.matchedKey()).equals(expected);
						quality.incrementAndGet(correct ? 1 : 2);
						if (!correct && Boolean.getBoolean("harness.errors")) {
							System.out.println("WRONG " + throughputSet.get(i) + " -> " + r);
						}
					}
				}
				cpuTotal.addAndGet(cpu.getCurrentThreadCpuTime() - c0);
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		pool.shutdown();
		System.out.printf(Locale.ROOT,
				"throughput: %,d queries on %d threads in %.2f s = %,.0f queries/s (matched %d, review %d, new %d)%n", bulk.size(),
				threads, seconds, bulk.size() / seconds, counts.get(0), counts.get(1), counts.get(2));
		System.out.printf(Locale.ROOT,
				"  CPU time of the matching threads: %.2f s in all, %.3f ms per query; on %d otherwise idle cores: about %.2f s; load average %.2f%n",
				cpuTotal.get() / 1e9, cpuTotal.get() / 1e6 / bulk.size(), threads, cpuTotal.get() / 1e9 / threads,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.printf(Locale.ROOT,
				"quality at this scale (synthetic labels; names repeat far more than in reality): precision %.4f, recall %.4f, review %.2f %%%n",
				(double) quality.get(1) / Math.max(1, quality.get(1) + quality.get(2)), (double) quality.get(1) / Math.max(1, quality.get(0)),
				100.0 * counts.get(1) / bulk.size());
		System.out.printf(Locale.ROOT, "heap in use at the end: %d MiB of %d MiB%n", usedHeapAfterGc() >> 20, rt.maxMemory() >> 20);
	}

	private static List<LocationQuery> toQueries(List<Query> rows) {
		List<LocationQuery> out = new ArrayList<>(rows.size());
		for (Query q : rows) {
			out.add(new LocationQuery(q.name(), q.address(), q.country(), q.lat(), q.lng()));
		}
		return out;
	}

	private static double ms(long[] sorted, double quantile) {
		int i = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, i)] / 1e6;
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		Runtime rt = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return rt.totalMemory() - rt.freeMemory();
	}

}
