package org.imvo.platform.covenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The covenant bundle: English and Dutch agree, and every text the module shows has a message. */
class CovenantMessagesTest {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource("i18n/" + name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> keys() throws IOException {
		Set<String> keys = new HashSet<>(load("covenant.properties").stringPropertyNames());
		keys.addAll(load("messages.properties").stringPropertyNames());
		return keys;
	}

	@Test
	void shouldHaveTheSameKeysInEnglishAndDutch() throws IOException {
		assertThat(new TreeSet<>(load("covenant_nl.properties").stringPropertyNames()))
			.isEqualTo(new TreeSet<>(load("covenant.properties").stringPropertyNames()));
	}

	@Test
	void shouldEscapeQuotesInMessagesWithArguments() throws IOException {
		for (String bundle : List.of("covenant.properties", "covenant_nl.properties")) {
			Properties p = load(bundle);
			for (String key : p.stringPropertyNames()) {
				String value = p.getProperty(key);
				String withoutEscaped = value.replace("''", "");
				if (value.matches("(?s).*\\{\\d.*")) {
					assertThat(withoutEscaped).as(bundle + " " + key).doesNotContain("'");
				}
				else {
					assertThat(value).as(bundle + " " + key + " is shown as is").doesNotContain("''");
				}
			}
		}
	}

	@Test
	void shouldHaveAMessageForEveryKeyTheTemplatesName() throws IOException {
		Set<String> keys = keys();
		Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
		Pattern msg = Pattern.compile("#messages\\.msg\\('([\\w.-]+)'\\)");
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/covenant"))) {
			for (Path file : files.toList()) {
				String html = Files.readString(file);
				for (Pattern pattern : List.of(literal, msg)) {
					Matcher m = pattern.matcher(html);
					while (m.find()) {
						assertThat(keys).as(file.getFileName() + " uses " + m.group(1)).contains(m.group(1));
					}
				}
			}
		}
	}

	@Test
	void shouldNameEveryValueAndSection() throws IOException {
		Set<String> keys = keys();
		List<String> expected = new java.util.ArrayList<>();
		Arrays.stream(CovenantStatus.values()).forEach(v -> expected.add("covenant.status." + v));
		Arrays.stream(ParticipantRole.values()).forEach(v -> expected.add("covenant.role." + v));
		Arrays.stream(Constituency.values()).forEach(v -> expected.add("covenant.constituency." + v));
		Arrays.stream(BodyType.values()).forEach(v -> expected.add("covenant.bodyType." + v));
		Arrays.stream(Seat.values()).forEach(v -> expected.add("covenant.seat." + v));
		Arrays.stream(MembershipState.values()).forEach(v -> expected.add("covenant.state." + v));
		Arrays.stream(MembershipAction.values()).forEach(v -> expected.add("covenant.action." + v));
		Arrays.stream(MembershipAction.values()).forEach(v -> expected.add("covenant.flash.transition." + v));
		Arrays.stream(CompositionIssue.Kind.values()).forEach(v -> expected.add("covenant.issue." + v));
		Arrays.stream(StandardTheme.values()).forEach(v -> expected.add("covenant.theme." + v));
		Arrays.stream(StandardTheme.values()).forEach(v -> expected.add("covenant.theme." + v + ".description"));
		Arrays.stream(org.imvo.platform.covenant.Term.Problem.values())
			.forEach(v -> expected.add("covenant.validation.term." + v));
		List.of("overview", "parties", "themes", "bodies", "members").forEach(s -> expected.add("covenant.section." + s));
		List.of(MembershipState.APPLIED, MembershipState.ACTIVE, MembershipState.SUSPENDED)
			.forEach(s -> expected.add("covenant.own." + s));
		assertThat(keys).containsAll(expected);
	}

	@Test
	void shouldExplainEveryRefusalAndNameEveryKeyTheCodeUses() throws IOException {
		Set<String> keys = keys();
		Pattern refusal = Pattern.compile("new BusinessRuleException\\(\"([\\w.-]+)\"");
		Pattern key = Pattern.compile("\"(covenant\\.(?:flash|attention|validation|members)\\.[\\w.-]+)\"");
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/imvo/platform/covenant"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String java = Files.readString(file);
				Matcher m = refusal.matcher(java);
				while (m.find()) {
					assertThat(keys).as(file.getFileName() + " refuses with " + m.group(1))
						.contains("covenant.error." + m.group(1));
				}
				m = key.matcher(java);
				while (m.find()) {
					if (!m.group(1).endsWith(".")) {
						assertThat(keys).as(file.getFileName() + " uses " + m.group(1)).contains(m.group(1));
					}
				}
			}
		}
	}

}
