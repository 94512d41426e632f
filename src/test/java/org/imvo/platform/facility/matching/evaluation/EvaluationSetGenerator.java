package org.imvo.platform.facility.matching.evaluation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.imvo.platform.facility.matching.evaluation.SyntheticFacilities.CountryStyle;
import org.imvo.platform.facility.matching.evaluation.SyntheticFacilities.Facility;

/**
 * Writes the labelled evaluation set of the matcher (src/test/resources/matching): a registry of
 * facilities and two query lists, a development split (for tuning) and a test split (held out),
 * each row labelled with the registry key it truly is, or NEW. See the README there.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes
 * org.imvo.platform.facility.matching.evaluation.EvaluationSetGenerator src/test/resources/matching}
 */
public final class EvaluationSetGenerator {

	static final long REGISTRY_SEED = 20_260_101L;

	static final long DEV_SEED = 7_001L;

	static final long TEST_SEED = 9_001L;

	static final int REGISTRY_SIZE = 4000;

	static final int QUERIES_PER_SPLIT = 3000;

	/** A query row with its label and how it was made. */
	public record Query(String id, String name, String address, String country, Double lat, Double lng, String expected,
			String kind) {
	}

	/** The registry: facilities plus the families of sister units (registry keys by family). */
	public record Registry(List<Facility> facilities, Map<Long, List<Facility>> sisters) {
	}

	private final Random r;

	private final SyntheticFacilities synth;

	private EvaluationSetGenerator(long seed) {
		this.synth = new SyntheticFacilities(seed);
		this.r = synth.random();
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/matching");
		Files.createDirectories(dir);
		Registry registry = registry(REGISTRY_SEED, REGISTRY_SIZE);
		writeRegistry(dir.resolve("registry.csv"), registry.facilities());
		writeQueries(dir.resolve("queries-dev.csv"), queries(registry, DEV_SEED, QUERIES_PER_SPLIT, 0, "d"));
		writeQueries(dir.resolve("queries-test.csv"), queries(registry, TEST_SEED, QUERIES_PER_SPLIT, 1, "t"));
	}

	// ---------------------------------------------------------------- registry

	/** A registry with sister units (6 % of entries come in families) and group companies at one address. */
	public static Registry registry(long seed, int size) {
		List<Facility> out = new ArrayList<>(size);
		Map<Long, List<Facility>> sisters = new HashMap<>();
		generate(seed, size, true, (f, family) -> {
			out.add(f);
			if (family != null) {
				sisters.put(f.key(), family);
			}
		});
		return new Registry(out, sisters);
	}

	/** Receives the generated facilities, each with its family of sister units (or null). */
	@FunctionalInterface
	public interface Sink {

		void accept(Facility facility, List<Facility> family);

	}

	/**
	 * Generates {@code size} registry facilities into the sink. With {@code unique}, no two have the
	 * same brand in the same place (for the evaluation set); without (for a registry of a million,
	 * where names repeat as they do in reality), names may repeat at different addresses.
	 */
	public static void generate(long seed, int size, boolean unique, Sink sink) {
		EvaluationSetGenerator g = new EvaluationSetGenerator(seed);
		Set<String> seen = new HashSet<>();
		long key = 1000;
		int count = 0;
		while (count < size) {
			int roll = g.r.nextInt(100);
			Facility base = g.synth.next(key);
			if (unique && !seen.add(identity(base))) {
				continue;
			}
			if (roll < 6) {
				int units = 2 + g.r.nextInt(2);
				String unitWord = SyntheticFacilities.style(base.country()).unitWord();
				List<Facility> family = new ArrayList<>();
				for (int u = 1; u <= units && count + family.size() < size; u++) {
					family.add(base.with(base.brand(), base.industry(), unitWord + " " + u, base.addressParts(), base.place(),
							base.lat(), base.lng(), key++));
				}
				for (Facility f : family) {
					sink.accept(f, family);
					count++;
				}
			}
			else if (roll < 11) {
				sink.accept(base, null);
				count++;
				key++;
				CountryStyle c = SyntheticFacilities.style(base.country());
				String other = g.synth.pick(c.industries());
				if (!other.equals(base.industry()) && count < size) {
					sink.accept(base.with(base.brand(), other, "", base.addressParts(), base.place(), base.lat(), base.lng(), key++),
							null);
					count++;
				}
			}
			else {
				sink.accept(base, null);
				count++;
				key++;
			}
		}
	}

	/** Country and the brand's words in any order: a new facility must not be named like a known one. */
	private static String nameIdentity(Facility f) {
		String[] words = f.brand().toLowerCase(Locale.ROOT).split(" ");
		java.util.Arrays.sort(words);
		return f.country() + "|" + String.join(" ", words);
	}

	private static String identity(Facility f) {
		return f.country() + "|" + f.brand().toLowerCase(Locale.ROOT) + "|" + f.place();
	}

	// ---------------------------------------------------------------- queries

	/**
	 * Queries of a realistic list: 62 % facilities of the registry written differently, 28 % new
	 * facilities, 10 % hard negatives. Targets are registry facilities whose position has the given
	 * parity, so that the development and test splits ask about different facilities.
	 */
	public static List<Query> queries(Registry registry, long seed, int count, int parity, String prefix) {
		EvaluationSetGenerator g = new EvaluationSetGenerator(seed);
		List<Facility> targets = new ArrayList<>();
		for (int i = parity; i < registry.facilities().size(); i += 2) {
			targets.add(registry.facilities().get(i));
		}
		List<Facility> families = new ArrayList<>();
		for (Facility f : targets) {
			if (registry.sisters().containsKey(f.key())) {
				families.add(f);
			}
		}
		Set<String> known = new HashSet<>();
		Set<String> knownNames = new HashSet<>();
		for (Facility f : registry.facilities()) {
			known.add(identity(f));
			knownNames.add(nameIdentity(f));
		}
		List<Query> out = new ArrayList<>(count);
		long newKey = 1;
		for (int i = 0; i < count; i++) {
			String id = prefix + (i + 1);
			int roll = g.r.nextInt(1000);
			if (roll < 620) {
				Facility f = targets.get(g.r.nextInt(targets.size()));
				out.add(g.variation(id, f));
			}
			else if (roll < 900) {
				Facility f;
				int attempts = 0;
				do {
					f = g.synth.next(-(newKey++));
				}
				// (a registry of a million has every name somewhere: then a new facility may share one)
				while ((known.contains(identity(f)) || knownNames.contains(nameIdentity(f))) && ++attempts < 100);
				out.add(g.asNew(id, f, "new", g.r.nextInt(100) < 50));
			}
			else if (roll < 930 && !families.isEmpty()) {
				Facility f = families.get(g.r.nextInt(families.size()));
				int units = registry.sisters().get(f.key()).size();
				String unitWord = SyntheticFacilities.style(f.country()).unitWord();
				Facility sister = f.with(f.brand(), f.industry(), unitWord + " " + (units + 1), f.addressParts(), f.place(),
						f.lat(), f.lng(), -1);
				out.add(g.asNew(id, sister, "hard-sister-new-unit", true));
			}
			else if (roll < 955) {
				Facility f = targets.get(g.r.nextInt(targets.size()));
				CountryStyle c = SyntheticFacilities.style(f.country());
				int place = (f.place() + 1 + g.r.nextInt(c.places().length - 1)) % c.places().length;
				Facility other = g.synth.at(-1, c, f.brand(), f.industry(), place);
				out.add(g.asNew(id, other, "hard-same-name-other-place", true));
			}
			else if (roll < 980) {
				Facility f = targets.get(g.r.nextInt(targets.size()));
				CountryStyle c = SyntheticFacilities.style(f.country());
				Facility other = g.synth.at(-1, c, g.synth.brand(c), g.synth.pick(c.industries()), f.place());
				String brand = f.country().equals("CN") ? c.places()[f.place()].parts()[1] + " " + g.synth.brand(c) : other.brand();
				other = other.with(brand, other.industry(), "", f.addressParts(), f.place(), f.lat(), f.lng(), -1);
				if (known.contains(identity(other))) {
					i--;
					continue;
				}
				out.add(g.asNew(id, other, "hard-same-address-other-company", true));
			}
			else {
				Facility f = targets.get(g.r.nextInt(targets.size()));
				CountryStyle c = SyntheticFacilities.style(f.country());
				String brand = g.similarBrand(f, c);
				Facility other = g.synth.at(-1, c, brand, f.industry(), f.place());
				if (f.country().equals("CN")) {
					other = other.with(brand, other.industry(), "", other.addressParts(), other.place(), other.lat(), other.lng(), -1);
				}
				if (known.contains(identity(other)) || other.brand().equalsIgnoreCase(f.brand())) {
					i--;
					continue;
				}
				out.add(g.asNew(id, other, "hard-similar-name-same-place", true));
			}
		}
		return out;
	}

	private String similarBrand(Facility f, CountryStyle c) {
		String[] words = f.brand().split(" ");
		int w = r.nextInt(words.length);
		if (f.country().equals("CN")) {
			String city = words[0];
			return city + " " + synth.brand(c);
		}
		if (f.country().equals("ID") && words.length > 1) {
			w = 1 + r.nextInt(words.length - 1);
		}
		words[w] = synth.pick(c.brands()).split(" ")[0];
		return String.join(" ", words);
	}

	private Query asNew(String id, Facility f, String kind, boolean lightVariation) {
		String name = f.name();
		String address = f.address();
		if (lightVariation && r.nextBoolean()) {
			String[] v = format(f, name, address);
			name = v[0];
			address = v[1];
		}
		Double lat = null;
		Double lng = null;
		if (f.lat() != null && r.nextInt(100) < 30) {
			lat = jitter(f.lat());
			lng = jitter(f.lng());
		}
		return new Query(id, name, address, f.country(), lat, lng, "NEW", kind);
	}

	private Query variation(String id, Facility f) {
		String name = f.name();
		String address = f.address();
		int roll = r.nextInt(100);
		String kind;
		String[] v = { name, address };
		if (roll < 10) {
			kind = "exact";
		}
		else if (roll < 24) {
			kind = "format";
			v = format(f, name, address);
		}
		else if (roll < 38) {
			kind = "abbreviation";
			v = abbreviate(name, address);
		}
		else if (roll < 50) {
			kind = "typo";
			v = typo(name, address);
		}
		else if (roll < 58) {
			kind = "transliteration";
			v = transliterate(f, name, address);
		}
		else if (roll < 66) {
			kind = "reordered-address";
			v = new String[] { name, reorder(f.addressParts()) };
		}
		else if (roll < 78) {
			kind = "partial-address";
			v = new String[] { name, partial(f.addressParts()) };
		}
		else if (roll < 84) {
			kind = "partial-name";
			v = new String[] { partialName(f), address };
		}
		else if (roll < 98 || !f.country().equals("CN")) {
			kind = "combined";
			List<Integer> steps = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
			Collections.shuffle(steps, r);
			int n = 2 + r.nextInt(2);
			for (int s = 0; s < n; s++) {
				switch (steps.get(s)) {
					case 0 -> v = format(f, v[0], v[1]);
					case 1 -> v = abbreviate(v[0], v[1]);
					case 2 -> v = typo(v[0], v[1]);
					case 3 -> v = transliterate(f, v[0], v[1]);
					case 4 -> v = new String[] { v[0], reorder(splitParts(v[1])) };
					default -> v = new String[] { v[0], partial(splitParts(v[1])) };
				}
			}
		}
		else {
			kind = "chinese-script-name";
			v = new String[] { chineseName(f), address };
		}
		Double lat = null;
		Double lng = null;
		if (f.lat() != null && r.nextInt(100) < 30) {
			lat = jitter(f.lat());
			lng = jitter(f.lng());
		}
		return new Query(id, v[0], v[1], f.country(), lat, lng, String.valueOf(f.key()), kind);
	}

	private Double jitter(double v) {
		return Math.round((v + (r.nextDouble() - 0.5) * 0.0016) * 1e5) / 1e5;
	}

	private static List<String> splitParts(String address) {
		List<String> parts = new ArrayList<>();
		for (String p : address.split(",")) {
			if (!p.isBlank()) {
				parts.add(p.trim());
			}
		}
		return parts;
	}

	// ---------------------------------------------------------------- variations

	/** Case, punctuation, legal form, a "M/S" prefix, the unit written another way. */
	String[] format(Facility f, String name, String address) {
		CountryStyle c = SyntheticFacilities.style(f.country());
		String n = name;
		if (!f.legal().isEmpty() && n.contains(f.legal())) {
			int choice = r.nextInt(3);
			String replacement = choice == 0 ? "" : choice == 1 ? synth.pick(c.legals()) : f.legal().toUpperCase(Locale.ROOT);
			n = n.replace(f.legal(), replacement).replaceAll("\\s+", " ").trim();
		}
		if (!f.unit().isEmpty() && n.contains(f.unit())) {
			String number = f.unit().substring(f.unit().lastIndexOf(' ') + 1);
			String word = f.unit().substring(0, f.unit().lastIndexOf(' '));
			String[] forms = { word + "-" + number, "(" + word + " " + number + ")", word + " No. " + number,
					word + " " + roman(Integer.parseInt(number)), word.toUpperCase(Locale.ROOT) + "-0" + number };
			n = n.replace(f.unit(), forms[r.nextInt(forms.length)]);
		}
		String a = address;
		switch (r.nextInt(5)) {
			case 0 -> {
				n = n.toUpperCase(Locale.ROOT);
				a = a.toUpperCase(Locale.ROOT);
			}
			case 1 -> {
				n = n.replace(".", "").replace(",", "");
				a = a.replace(",", " ").replace(".", "").replace(":", "");
			}
			case 2 -> {
				if (f.country().equals("BD") || f.country().equals("IN")) {
					n = "M/S " + n;
				}
				a = a.replace(", ", ",  ").replace("No. ", "#");
			}
			case 3 -> {
				n = n.toLowerCase(Locale.ROOT);
				a = a.replace(", ", " - ");
			}
			default -> {
				n = n.replace("&", "and");
				a = a.replace(":", "").replace(" Km", " KM");
			}
		}
		return new String[] { n.trim(), a.trim() };
	}

	private static String roman(int n) {
		return switch (n) {
			case 1 -> "I";
			case 2 -> "II";
			case 3 -> "III";
			case 4 -> "IV";
			default -> String.valueOf(n);
		};
	}

	private static final Map<String, String[]> ABBREVIATIONS = new LinkedHashMap<>();

	static {
		ABBREVIATIONS.put("Road", new String[] { "Rd.", "Rd", "RD" });
		ABBREVIATIONS.put("Street", new String[] { "St.", "Str.", "St" });
		ABBREVIATIONS.put("Industrial", new String[] { "Ind.", "Indl.", "Ind" });
		ABBREVIATIONS.put("Estate", new String[] { "Est.", "Estate" });
		ABBREVIATIONS.put("Limited", new String[] { "Ltd.", "Ltd" });
		ABBREVIATIONS.put("Ltd.", new String[] { "Limited", "Ltd" });
		ABBREVIATIONS.put("Private", new String[] { "Pvt.", "Pvt" });
		ABBREVIATIONS.put("Pvt.", new String[] { "Private", "Pvt" });
		ABBREVIATIONS.put("Company", new String[] { "Co.", "Co" });
		ABBREVIATIONS.put("Co.,", new String[] { "Company", "Co" });
		ABBREVIATIONS.put("District", new String[] { "Dist.", "Dist" });
		ABBREVIATIONS.put("Garments", new String[] { "Garment", "Gmts.", "Garment's" });
		ABBREVIATIONS.put("Apparels", new String[] { "Apparel", "Apparels" });
		ABBREVIATIONS.put("Textiles", new String[] { "Textile", "Tex" });
		ABBREVIATIONS.put("Textile", new String[] { "Textiles", "Tex." });
		ABBREVIATIONS.put("Knitting", new String[] { "Knit", "Knitting" });
		ABBREVIATIONS.put("Knitwear", new String[] { "Knit Wear", "Knitwears" });
		ABBREVIATIONS.put("Manufacturing", new String[] { "Mfg.", "Mfg" });
		ABBREVIATIONS.put("Fashions", new String[] { "Fashion" });
		ABBREVIATIONS.put("Mills", new String[] { "Mill" });
		ABBREVIATIONS.put("Sector", new String[] { "Sec.", "Sec-", "Sector-" });
		ABBREVIATIONS.put("Plot", new String[] { "Plot No.", "Plot#", "Plot-" });
		ABBREVIATIONS.put("Holding", new String[] { "Holding No.", "Hold." });
		ABBREVIATIONS.put("House", new String[] { "H#", "House No.", "Hs." });
		ABBREVIATIONS.put("Upazila", new String[] { "Upz.", "Upazilla", "P.S." });
		ABBREVIATIONS.put("Vill", new String[] { "Village", "Vill." });
		ABBREVIATIONS.put("Export Processing Zone", new String[] { "EPZ" });
		ABBREVIATIONS.put("EPZ", new String[] { "Export Processing Zone", "E.P.Z." });
		ABBREVIATIONS.put("Industrial Park", new String[] { "Ind. Park", "IP" });
		ABBREVIATIONS.put("Industrial Area", new String[] { "Ind. Area", "Indl Area" });
		ABBREVIATIONS.put("Jl.", new String[] { "Jalan", "Jln." });
		ABBREVIATIONS.put("Kec.", new String[] { "Kecamatan" });
		ABBREVIATIONS.put("Cadde", new String[] { "Cad.", "Cd." });
		ABBREVIATIONS.put("Cad.", new String[] { "Caddesi", "Cd." });
		ABBREVIATIONS.put("Mah.", new String[] { "Mahallesi", "Mh." });
		ABBREVIATIONS.put("OSB", new String[] { "Organize Sanayi Bölgesi", "O.S.B." });
		ABBREVIATIONS.put("San. ve Tic.", new String[] { "Sanayi ve Ticaret", "San.Tic." });
		ABBREVIATIONS.put("Township", new String[] { "Tsp", "Tsp." });
		ABBREVIATIONS.put("Province", new String[] { "Prov.", "" });
		ABBREVIATIONS.put("Str.", new String[] { "Strada", "Str" });
		ABBREVIATIONS.put("nr.", new String[] { "Nr.", "numărul" });
		ABBREVIATIONS.put("jud.", new String[] { "Județul", "Jud." });
		ABBREVIATIONS.put("No.", new String[] { "#", "No", "Number" });
		ABBREVIATIONS.put("Avenida", new String[] { "Av.", "Avda." });
		ABBREVIATIONS.put("National Road", new String[] { "NR", "Natl. Road", "National Rd." });
		ABBREVIATIONS.put("Factory", new String[] { "Fty", "Fty." });
	}

	/** Abbreviations and their expansions, each applied with some chance. */
	String[] abbreviate(String name, String address) {
		String n = name;
		String a = address;
		boolean changed = false;
		for (Map.Entry<String, String[]> e : ABBREVIATIONS.entrySet()) {
			String[] alt = e.getValue();
			if (n.contains(e.getKey()) && r.nextInt(100) < 70) {
				n = n.replace(e.getKey(), alt[r.nextInt(alt.length)]);
				changed = true;
			}
			if (a.contains(e.getKey()) && r.nextInt(100) < 70) {
				a = a.replace(e.getKey(), alt[r.nextInt(alt.length)]);
				changed = true;
			}
		}
		if (!changed) {
			a = a.replace(", ", " ");
		}
		return new String[] { n.replaceAll("\\s+", " ").trim(), a.replaceAll("\\s+", " ").trim() };
	}

	/** One or two typing errors in words of five or more letters. */
	String[] typo(String name, String address) {
		String n = name;
		String a = address;
		int count = 1 + (r.nextInt(100) < 35 ? 1 : 0);
		for (int i = 0; i < count; i++) {
			if (r.nextBoolean()) {
				n = typoInText(n);
			}
			else {
				a = typoInText(a);
			}
		}
		return new String[] { n, a };
	}

	private String typoInText(String text) {
		String[] words = text.split(" ");
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < words.length; i++) {
			if (words[i].length() >= 5 && words[i].chars().allMatch(Character::isLetter)) {
				candidates.add(i);
			}
		}
		if (candidates.isEmpty()) {
			return text;
		}
		int w = candidates.get(r.nextInt(candidates.size()));
		StringBuilder word = new StringBuilder(words[w]);
		int pos = 1 + r.nextInt(word.length() - 2);
		switch (r.nextInt(4)) {
			case 0 -> word.deleteCharAt(pos);
			case 1 -> {
				char c = word.charAt(pos);
				word.setCharAt(pos, word.charAt(pos + 1));
				word.setCharAt(pos + 1, c);
			}
			case 2 -> word.insert(pos, word.charAt(pos));
			default -> word.setCharAt(pos, NEIGHBOUR_KEYS.charAt(r.nextInt(NEIGHBOUR_KEYS.length())));
		}
		words[w] = word.toString();
		return String.join(" ", words);
	}

	private static final String NEIGHBOUR_KEYS = "aeiouysnrtl";

	/** Diacritics dropped, other spellings of places, Cyrillic for Bulgaria, "Lu" for "Road" in China. */
	String[] transliterate(Facility f, String name, String address) {
		String n = name;
		String a = address;
		switch (f.country()) {
			case "BG" -> {
				n = toCyrillic(n);
				a = toCyrillic(a);
			}
			case "TR", "VN", "PT", "RO" -> {
				n = stripAccents(n);
				a = stripAccents(a);
			}
			case "BD" -> {
				a = a.replace("Chittagong", "Chattogram").replace("Narayanganj", "Narayangonj").replace("Gazipur", "Gajipur")
					.replace("Ashulia", "Asulia").replace("Dhaka", r.nextBoolean() ? "Dacca" : "Dhaka")
					.replace("Mymensingh", "Maimansingh").replace("Savar", "Saver");
				n = n.replace("Hossain", "Hossen").replace("Chowdhury", "Chowdhuri").replace("Rahman", "Rahaman");
			}
			case "IN" -> {
				a = a.replace("Bengaluru", "Bangalore").replace("Gurugram", "Gurgaon").replace("Tiruppur", "Tirupur")
					.replace("Tamil Nadu", "TN");
				n = n.replace("Sri ", "Shri ").replace("Lakshmi", "Laxmi");
			}
			case "CN" -> a = a.replace(" Road", " Lu").replace(" Town", " Zhen").replace(" District", " Qu");
			case "MM" -> a = a.replace("Yangon", "Rangoon");
			case "ET" -> a = a.replace("Addis Ababa", "Addis Abeba").replace("Hawassa", "Awasa");
			case "KH" -> a = a.replace("Phnom Penh", "Phnompenh").replace("Sangkat", "Sk.");
			case "PK" -> a = a.replace("Faisalabad", "Faisalbad").replace("Karachi", "Karachi-")
				.replace("Sialkot", "Sialkot Cantt");
			default -> a = stripAccents(a);
		}
		return new String[] { n, a };
	}

	String reorder(List<String> parts) {
		List<String> copy = new ArrayList<>(parts);
		if (copy.size() < 2) {
			return String.join(", ", copy);
		}
		List<String> original = new ArrayList<>(copy);
		for (int attempt = 0; attempt < 5 && copy.equals(original); attempt++) {
			Collections.shuffle(copy, r);
		}
		return String.join(", ", copy);
	}

	String partial(List<String> parts) {
		List<String> copy = new ArrayList<>(parts);
		int drop = copy.size() >= 4 ? 1 + r.nextInt(2) : copy.size() >= 2 ? 1 : 0;
		for (int i = 0; i < drop; i++) {
			copy.remove(r.nextInt(copy.size()));
		}
		return String.join(", ", copy);
	}

	String partialName(Facility f) {
		String industry = f.industry();
		String[] words = industry.split(" ");
		String shorter;
		if (f.brand().contains(" ") && r.nextBoolean()) {
			shorter = "";
		}
		else if (words.length > 1) {
			shorter = words[0];
		}
		else {
			shorter = industry.endsWith("s") ? industry.substring(0, industry.length() - 1) : industry + "s";
		}
		return f.with(f.brand(), shorter, f.unit(), f.addressParts(), f.place(), f.lat(), f.lng(), f.key()).name();
	}

	String chineseName(Facility f) {
		String[] words = f.brand().split(" ");
		StringBuilder sb = new StringBuilder();
		String[] cities = { "Dongguan", "Guangzhou", "Ningbo", "Shaoxing", "Suzhou", "Qingdao", "Quanzhou", "Wenzhou" };
		String[] cityChars = { "东莞", "广州", "宁波", "绍兴", "苏州", "青岛", "泉州", "温州" };
		for (int i = 0; i < cities.length; i++) {
			if (words[0].equals(cities[i])) {
				sb.append(cityChars[i]);
			}
		}
		String brand = words.length > 1 ? words[1] : words[0];
		String rest = brand;
		while (!rest.isEmpty()) {
			boolean found = false;
			for (int i = 0; i < SyntheticFacilities.CHINESE_SYLLABLES.length; i++) {
				String s = SyntheticFacilities.CHINESE_SYLLABLES[i];
				if (rest.toLowerCase(Locale.ROOT).startsWith(s.toLowerCase(Locale.ROOT))) {
					sb.append(SyntheticFacilities.CHINESE_CHARACTERS[i]);
					rest = rest.substring(s.length());
					found = true;
					break;
				}
			}
			if (!found) {
				break;
			}
		}
		Map<String, String> industries = Map.of("Garment", "服装", "Knitting", "针织", "Textile", "纺织", "Apparel", "服饰",
				"Clothing", "制衣", "Shoes", "鞋业", "Footwear", "鞋业", "Leather Products", "皮具", "Fashion", "时装");
		sb.append(industries.getOrDefault(f.industry(), "服装")).append("有限公司");
		return sb.toString();
	}

	static String stripAccents(String s) {
		String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return d.replace('ı', 'i').replace('İ', 'I').replace('đ', 'd').replace('Đ', 'D');
	}

	private static final String[][] CYRILLIC = { { "sht", "щ" }, { "zh", "ж" }, { "ts", "ц" }, { "ch", "ч" }, { "sh", "ш" },
			{ "yu", "ю" }, { "ya", "я" }, { "a", "а" }, { "b", "б" }, { "v", "в" }, { "g", "г" }, { "d", "д" }, { "e", "е" },
			{ "z", "з" }, { "i", "и" }, { "y", "й" }, { "k", "к" }, { "l", "л" }, { "m", "м" }, { "n", "н" }, { "o", "о" },
			{ "p", "п" }, { "r", "р" }, { "s", "с" }, { "t", "т" }, { "u", "у" }, { "f", "ф" }, { "h", "х" }, { "x", "кс" },
			{ "c", "к" }, { "w", "в" }, { "q", "к" }, { "j", "дж" } };

	static String toCyrillic(String s) {
		StringBuilder sb = new StringBuilder();
		int i = 0;
		while (i < s.length()) {
			char ch = s.charAt(i);
			boolean upper = Character.isUpperCase(ch);
			String rest = s.substring(i).toLowerCase(Locale.ROOT);
			boolean done = false;
			for (String[] pair : CYRILLIC) {
				if (rest.startsWith(pair[0])) {
					String c = pair[1];
					sb.append(upper ? c.substring(0, 1).toUpperCase(Locale.ROOT) + c.substring(1) : c);
					i += pair[0].length();
					done = true;
					break;
				}
			}
			if (!done) {
				sb.append(ch);
				i++;
			}
		}
		return sb.toString().replace("Ултд.", "ООД").replace("Лтд.", "ООД");
	}

	// ---------------------------------------------------------------- CSV

	static void writeRegistry(Path file, List<Facility> facilities) throws IOException {
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write("key,name,address,country,lat,lng\n");
			for (Facility f : facilities) {
				w.write(String.join(",", String.valueOf(f.key()), csv(f.name()), csv(f.address()), f.country(),
						f.lat() == null ? "" : f.lat().toString(), f.lng() == null ? "" : f.lng().toString()));
				w.write('\n');
			}
		}
	}

	static void writeQueries(Path file, List<Query> queries) throws IOException {
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write("id,name,address,country,lat,lng,expected,kind\n");
			for (Query q : queries) {
				w.write(String.join(",", q.id(), csv(q.name()), csv(q.address()), q.country(),
						q.lat() == null ? "" : q.lat().toString(), q.lng() == null ? "" : q.lng().toString(), q.expected(),
						q.kind()));
				w.write('\n');
			}
		}
	}

	private static String csv(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
