package org.imvo.platform.facility.listfile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.apache.logging.log4j.LogManager;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Measures how long {@link LocationListReader#read} takes for a realistic list of 100,000 rows, as
 * CSV (about 15 MB) and as XLSX. Not a unit test (timings on a shared machine are no pass/fail
 * criterion); run it by hand, see {@code docs/benchmarks.md}, section "Reading lists":
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.imvo.platform.facility.listfile.ReadingBenchmark [rows [csv|xlsx]]
 * </pre>
 */
public final class ReadingBenchmark {

	private static final String[] WORDS = { "Ananta", "Apparels", "Knit", "Composite", "Textile", "Garments",
			"Dyeing", "Washing", "Denim", "Fashion", "Sweater", "Spinning", "Mills", "Export", "Industries", "Star",
			"Global", "Fabrics", "Trims", "Accessories", "Leather", "Footwear", "Tannery", "Hosiery", "Printing" };

	private static final String[] PLACES = { "Tejgaon I/A, Dhaka", "Ashulia, Savar, Dhaka", "Gazipur Sadar",
			"Narayanganj", "Chittagong EPZ", "Tiruppur, Tamil Nadu", "Peenya, Bengaluru", "Binh Duong", "Dong Nai",
			"Phnom Penh SEZ", "Esenyurt, İstanbul", "Sialkot, Punjab", "Katunayake EPZ", "Bole Lemi, Addis Ababa" };

	private static final String[] COUNTRIES = { "Bangladesh", "BD", "India", "IN", "Viet Nam", "VN", "Cambodia",
			"Türkiye", "Pakistan", "Sri Lanka", "Ethiopia", "China", "CN", "Indonesia" };

	private ReadingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path dir = Files.createTempDirectory("reading-benchmark");
		Path csv = dir.resolve("list.csv");
		Path xlsx = dir.resolve("list.xlsx");
		writeCsv(csv, rows);
		writeXlsx(xlsx, rows);
		// the application has logging running before any upload; POI logs through Log4j's API to SLF4J
		LogManager.getLogger(ReadingBenchmark.class).debug("logging started");
		LocationListReader reader = new LocationListReader(ReaderLimits.defaults());
		print("machine: %d cores, %s %s, max heap %d MB, load average %.1f", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name"), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() / (1024 * 1024),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		String only = args.length > 1 ? args[1] : "";
		if (!only.equals("xlsx")) {
			measure("CSV ", reader, csv, rows, 10);
		}
		if (!only.equals("csv")) {
			measure("XLSX", reader, xlsx, rows, 5);
		}
		Files.delete(csv);
		Files.delete(xlsx);
		Files.delete(dir);
	}

	private static void measure(String label, LocationListReader reader, Path file, int rows, int runs)
			throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] millis = new long[runs];
		long[] cpuMillis = new long[runs];
		long coldStart = System.nanoTime();
		long coldCpuStart = threads.getCurrentThreadCpuTime();
		read(reader, file, rows);
		long cold = (System.nanoTime() - coldStart) / 1_000_000;
		long coldCpu = (threads.getCurrentThreadCpuTime() - coldCpuStart) / 1_000_000;
		for (int warmup = 0; warmup < 2; warmup++) {
			read(reader, file, rows);
		}
		for (int run = 0; run < runs; run++) {
			long start = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			read(reader, file, rows);
			millis[run] = (System.nanoTime() - start) / 1_000_000;
			cpuMillis[run] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
		}
		Arrays.sort(millis);
		Arrays.sort(cpuMillis);
		System.gc();
		print("%s %,d rows, %,.1f MB: first read %,d ms (CPU %,d ms); then median %,d ms (CPU %,d ms), best %,d ms, "
				+ "worst %,d ms (%d runs after 3 warm-ups); heap in use after GC %d MB", label, rows,
				Files.size(file) / (1024.0 * 1024.0), cold, coldCpu, millis[runs / 2], cpuMillis[runs / 2], millis[0],
				millis[runs - 1], runs, usedHeapMegabytes());
	}

	private static void read(LocationListReader reader, Path file, int rows) throws LocationListException {
		int[] rejected = new int[1];
		int count = reader.read(file, file.getFileName().toString(), row -> {
			if (row.rejected()) {
				rejected[0]++;
			}
		});
		if (count != rows || rejected[0] != 0) {
			throw new IllegalStateException(count + " rows read, " + rejected[0] + " rejected");
		}
	}

	private static void writeCsv(Path file, int rows) throws IOException {
		Random random = new Random(2025);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("name,address,country,sector,product_type,facility_type,processing_type,number_of_workers,"
					+ "parent_company,lat,lng,tier\r\n");
			for (int i = 0; i < rows; i++) {
				String[] row = row(random, i);
				for (int c = 0; c < row.length; c++) {
					if (c > 0) {
						out.write(',');
					}
					String cell = row[c];
					out.write(cell.indexOf(',') >= 0 ? '"' + cell + '"' : cell);
				}
				out.write("\r\n");
			}
		}
	}

	private static void writeXlsx(Path file, int rows) throws IOException {
		Random random = new Random(2025);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
			workbook.setCompressTempFiles(true);
			Sheet sheet = workbook.createSheet("Locations");
			String[] header = { "name", "address", "country", "sector", "product_type", "facility_type",
					"processing_type", "number_of_workers", "parent_company", "lat", "lng", "tier" };
			Row first = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				first.createCell(c).setCellValue(header[c]);
			}
			for (int i = 0; i < rows; i++) {
				String[] values = row(random, i);
				Row row = sheet.createRow(i + 1);
				for (int c = 0; c < values.length; c++) {
					if (c >= 9) {
						row.createCell(c).setCellValue(Double.parseDouble(values[c]));
					}
					else {
						row.createCell(c).setCellValue(values[c]);
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	private static String[] row(Random random, int i) {
		String name = word(random) + " " + word(random) + " " + word(random) + " Ltd. " + i;
		String address = "Plot " + (1 + random.nextInt(400)) + ", Road " + (1 + random.nextInt(40)) + ", "
				+ PLACES[random.nextInt(PLACES.length)];
		return new String[] { name, address, COUNTRIES[random.nextInt(COUNTRIES.length)], "Apparel",
				"T-shirts", "Final Product Assembly", "Sewing",
				(100 + random.nextInt(5000)) + "", word(random) + " Group",
				String.format(Locale.ROOT, "%.6f", 5 + random.nextDouble() * 30),
				String.format(Locale.ROOT, "%.6f", 70 + random.nextDouble() * 40), "" + (1 + random.nextInt(4)) };
	}

	private static String word(Random random) {
		return WORDS[random.nextInt(WORDS.length)];
	}

	private static long usedHeapMegabytes() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
	}

	private static void print(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
	}

}
