package org.imvo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.StreamUtils;

/**
 * The user interface exists in English and Dutch: every English bundle {@code i18n/<name>.properties}
 * has a Dutch twin {@code <name>_nl.properties} with exactly the same keys, no value is empty, and
 * every message key a template or validation annotation names literally exists. Each test prints the
 * offending keys, so the fix is obvious.
 */
class I18nBundlesTest {

	private static final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	/** {@code #{key}} or {@code #{key(args)}} where key is a plain literal; dynamic keys start with ' or $. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{\\s*([A-Za-z][A-Za-z0-9_.\\-]*)\\s*[(}]");

	/** {@code message = "{key}"} in Bean Validation annotations, resolved through the message bundles. */
	private static final Pattern VALIDATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([A-Za-z][A-Za-z0-9_.\\-]*)}\"");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	@Test
	void shouldHaveADutchBundleWithTheSameKeysForEveryEnglishBundle() throws IOException {
		Map<String, Properties> english = bundles("");
		Map<String, Properties> dutch = bundles("_nl");
		assertThat(english).as("English bundles in i18n/").isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (var bundle : english.entrySet()) {
			String name = bundle.getKey();
			Properties nl = dutch.get(name);
			if (nl == null) {
				problems.add("i18n/" + name + "_nl.properties is missing");
				continue;
			}
			for (String key : difference(bundle.getValue().stringPropertyNames(), nl.stringPropertyNames())) {
				problems.add(name + "_nl.properties lacks " + key);
			}
			for (String key : difference(nl.stringPropertyNames(), bundle.getValue().stringPropertyNames())) {
				problems.add(name + ".properties lacks " + key + " (only in " + name + "_nl.properties)");
			}
		}
		for (String name : difference(dutch.keySet(), english.keySet())) {
			problems.add("i18n/" + name + "_nl.properties has no English bundle " + name + ".properties");
		}
		assertNoProblems("Bundles that do not agree", problems);
	}

	@Test
	void shouldHaveNoEmptyMessages() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String suffix : List.of("", "_nl")) {
			for (var bundle : bundles(suffix).entrySet()) {
				for (String key : new TreeSet<>(bundle.getValue().stringPropertyNames())) {
					if (bundle.getValue().getProperty(key).isBlank()) {
						problems.add(bundle.getKey() + suffix + ".properties: " + key + " is empty");
					}
				}
			}
		}
		assertNoProblems("Empty messages", problems);
	}

	@Test
	void shouldDefineEveryKeyOnlyOnce() throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, String> firstBundleOfKey = new TreeMap<>();
		for (var bundle : bundles("").entrySet()) {
			for (String key : bundle.getValue().stringPropertyNames()) {
				String earlier = firstBundleOfKey.putIfAbsent(key, bundle.getKey());
				if (earlier != null) {
					// the message source takes the first bundle's value; the other one is silently dead
					problems.add(key + " is defined in both " + earlier + ".properties and " + bundle.getKey() + ".properties");
				}
			}
		}
		for (String suffix : List.of("", "_nl")) {
			for (Resource resource : resources.getResources("classpath*:i18n/*" + suffix + ".properties")) {
				if (!suffix.isEmpty() || !isDutch(resource)) {
					duplicateKeysIn(resource).forEach(key -> problems
						.add(resource.getFilename() + " defines " + key + " more than once; only the last one counts"));
				}
			}
		}
		assertNoProblems("Keys defined more than once", problems);
	}

	@Test
	void shouldUseTheSamePlaceholdersInBothLanguages() throws IOException {
		Map<String, Properties> english = bundles("");
		Map<String, Properties> dutch = bundles("_nl");
		List<String> problems = new ArrayList<>();
		for (var bundle : english.entrySet()) {
			Properties nl = dutch.getOrDefault(bundle.getKey(), new Properties());
			for (String key : new TreeSet<>(bundle.getValue().stringPropertyNames())) {
				String en = bundle.getValue().getProperty(key);
				String translated = nl.getProperty(key);
				if (translated != null && !placeholders(en).equals(placeholders(translated))) {
					problems.add(bundle.getKey() + ": " + key + " has " + placeholders(en) + " in English but "
							+ placeholders(translated) + " in Dutch");
				}
			}
		}
		assertNoProblems("Messages whose placeholders differ between languages", problems);
	}

	@Test
	void shouldListEveryBundleInTheMessageSourceConfiguration() throws IOException {
		Properties application = load(resources.getResource("classpath:application.properties"));
		Set<String> configured = Arrays.stream(application.getProperty("spring.messages.basename", "").split(","))
			.map(String::strip)
			.collect(Collectors.toSet());
		List<String> problems = bundles("").keySet()
			.stream()
			.filter(name -> !configured.contains("i18n/" + name))
			.map(name -> "i18n/" + name + " is not listed in spring.messages.basename, so its messages are never found")
			.toList();
		assertNoProblems("Bundles the application does not load", problems);
	}

	@Test
	void shouldDefineEveryMessageKeyThatTemplatesUse() throws IOException {
		Set<String> known = allKeys(bundles(""));
		Resource[] templates = resources.getResources("classpath*:templates/**/*.html");
		assertThat(templates).as("templates").isNotEmpty();
		Map<String, Set<String>> missing = new TreeMap<>();
		for (Resource template : templates) {
			String html = StreamUtils.copyToString(template.getInputStream(), StandardCharsets.UTF_8);
			Matcher matcher = TEMPLATE_KEY.matcher(html);
			while (matcher.find()) {
				if (!known.contains(matcher.group(1))) {
					missing.computeIfAbsent(matcher.group(1), k -> new TreeSet<>()).add(templateName(template));
				}
			}
		}
		assertNoProblems("Message keys used in templates but missing from the English bundles",
				missing.entrySet().stream().map(e -> e.getKey() + " (in " + String.join(", ", e.getValue()) + ")").toList());
	}

	@Test
	void shouldDefineEveryMessageKeyThatValidationAnnotationsUse() throws IOException {
		Set<String> known = allKeys(bundles(""));
		List<String> problems = new ArrayList<>();
		Path sources = Path.of("src", "main", "java");
		assertThat(sources).as("main sources (the test runs from the project folder)").isDirectory();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
				Matcher matcher = VALIDATION_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						problems.add(matcher.group(1) + " (in " + sources.relativize(file) + ")");
					}
				}
			}
		}
		assertNoProblems("Validation message keys missing from the English bundles", problems);
	}

	// --- helpers ---

	/** The bundles with the given language suffix ("" for English), by base name. */
	private static Map<String, Properties> bundles(String suffix) throws IOException {
		Map<String, Properties> bundles = new TreeMap<>();
		for (Resource resource : resources.getResources("classpath*:i18n/*.properties")) {
			String file = Objects.requireNonNull(resource.getFilename());
			String base = file.substring(0, file.length() - ".properties".length());
			boolean localised = base.contains("_");
			if (suffix.isEmpty() && !localised) {
				bundles.put(base, load(resource));
			}
			else if (!suffix.isEmpty() && base.endsWith(suffix)) {
				bundles.put(base.substring(0, base.length() - suffix.length()), load(resource));
			}
		}
		return bundles;
	}

	private static boolean isDutch(Resource resource) {
		return Objects.requireNonNull(resource.getFilename()).endsWith("_nl.properties");
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> duplicateKeysIn(Resource resource) throws IOException {
		Set<String> seen = new TreeSet<>();
		Set<String> duplicates = new TreeSet<>();
		Properties recorder = new Properties() {
			@Override
			public synchronized Object put(Object key, Object value) {
				if (!seen.add((String) key)) {
					duplicates.add((String) key);
				}
				return super.put(key, value);
			}
		};
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			recorder.load(reader);
		}
		return duplicates;
	}

	private static Set<String> allKeys(Map<String, Properties> bundles) {
		return bundles.values().stream().flatMap(p -> p.stringPropertyNames().stream()).collect(Collectors.toSet());
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			found.add("{" + matcher.group(1) + "}");
		}
		return found;
	}

	private static String templateName(Resource template) throws IOException {
		String uri = template.getURI().toString();
		int index = uri.lastIndexOf("/templates/");
		return index < 0 ? uri : uri.substring(index + "/templates/".length());
	}

	private static void assertNoProblems(String title, List<String> problems) {
		if (!problems.isEmpty()) {
			System.out.println(title + ":\n  " + String.join("\n  ", problems));
		}
		assertThat(problems).as(title + ":\n  " + String.join("\n  ", problems)).isEmpty();
	}

}
