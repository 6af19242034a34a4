package org.unionrights.common;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.unionrights.intake.Channel;
import org.unionrights.intake.EventKind;
import org.unionrights.intake.InjuryReported;
import org.unionrights.intake.NewFormWork;
import org.unionrights.intake.RequestCategory;
import org.unionrights.intake.RequestStatus;
import org.unionrights.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-visible text comes from the message files: both languages have the same keys,
 * templates hold no literal text, and every key the code and templates name exists.
 */
class I18nPropertiesSyncTest {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	private static final Path JAVA = Path.of("src/main/java");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	private static final Pattern TOKEN = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>|[^<]+");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("\\s(title|alt|placeholder|aria-label|value)=\"[^\"]*\\p{L}[^\"]*\"");

	private static final Pattern CODE_KEY = Pattern.compile(
			"(?:RuleViolationException\\(|InvalidEvidenceException\\(|Problem\\(|Refused\\(|rejectValue\\(|reject\\(|refuseAll\\(|getMessage\\(|Flash\\.(?:success|error)\\()[^;]*?\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");

	private static final Pattern VALIDATION_KEY = Pattern.compile("message = \"\\{([^}]+)}\"|default \"\\{([^}]+)}\"");

	private static final Pattern AUDIT_ACTION = Pattern.compile("\\.record\\(\"([A-Z_]+)\"");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Set<String> zh = load("messages.properties").stringPropertyNames();
		Set<String> en = load("messages_en.properties").stringPropertyNames();
		assertThat(difference(zh, en)).as("keys missing in messages_en.properties").isEmpty();
		assertThat(difference(en, zh)).as("keys missing in messages.properties").isEmpty();
		assertThat(zh).hasSizeGreaterThan(100);
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> violations = new ArrayList<>();
		for (Path template : templates()) {
			String html = stripComments(Files.readString(template));
			String previousTag = "";
			Matcher tokens = TOKEN.matcher(html);
			while (tokens.find()) {
				String token = tokens.group();
				if (token.startsWith("<")) {
					previousTag = token;
					Matcher attribute = LITERAL_ATTRIBUTE.matcher(token);
					if (attribute.find() && !token.contains("type=\"hidden\"")) {
						violations.add(template.getFileName() + ": " + attribute.group().trim());
					}
				}
				else if (LETTER.matcher(token).find() && !isReplacedByThymeleaf(previousTag)) {
					violations.add(template.getFileName() + ": '" + token.trim() + "' after " + previousTag);
				}
			}
		}
		assertThat(violations).as("literal text in templates; use #{...} message keys").isEmpty();
	}

	@Test
	void everyKeyNamedInTemplatesAndCodeExists() throws IOException {
		Set<String> zh = load("messages.properties").stringPropertyNames();
		Set<String> named = new TreeSet<>();
		for (Path template : templates()) {
			collect(TEMPLATE_KEY, stripComments(Files.readString(template)), named);
		}
		for (Path source : javaSources()) {
			String java = Files.readString(source);
			collect(CODE_KEY, java, named);
			Matcher validation = VALIDATION_KEY.matcher(java);
			while (validation.find()) {
				named.add(validation.group(1) != null ? validation.group(1) : validation.group(2));
			}
			Matcher audit = AUDIT_ACTION.matcher(java);
			while (audit.find()) {
				named.add("audit.action." + audit.group(1));
			}
		}
		// Labels that templates build from enum values, e.g. #{${'category.' + c}}.
		enumLabels(named, "role.", Role.values());
		enumLabels(named, "category.", RequestCategory.values());
		enumLabels(named, "category.", ".hint", RequestCategory.values());
		enumLabels(named, "status.", RequestStatus.values());
		enumLabels(named, "channel.", Channel.values());
		enumLabels(named, "event.", EventKind.values());
		enumLabels(named, "staffEvent.", EventKind.values());
		enumLabels(named, "teamKind.", org.unionrights.teams.TeamKind.values());
		enumLabels(named, "outcome.", org.unionrights.cases.CaseOutcome.values());
		enumLabels(named, "clock.", org.unionrights.deadlines.ClockRule.values());
		enumLabels(named, "clockEvent.", org.unionrights.deadlines.ClockEvent.Kind.values());
		enumLabels(named, "clockState.", org.unionrights.deadlines.ClockReading.State.values());
		enumLabels(named, "clockAlert.", org.unionrights.cases.CaseClocks.Alert.values());
		enumLabels(named, "lawyerKind.", org.unionrights.teams.LawyerKind.values());
		enumLabels(named, "newFormWork.", NewFormWork.values());
		enumLabels(named, "injuryReported.", InjuryReported.values());
		enumLabels(named, "dayKind.", org.unionrights.deadlines.DayKind.values());
		enumLabels(named, "weekday.", java.time.DayOfWeek.values());
		for (int score = 1; score <= 5; score++) {
			named.add("rating." + score);
		}
		assertThat(named).hasSizeGreaterThan(50);
		assertThat(difference(named, zh)).as("keys used but not defined").isEmpty();
	}

	private static void enumLabels(Set<String> into, String prefix, Enum<?>[] values) {
		enumLabels(into, prefix, "", values);
	}

	private static void enumLabels(Set<String> into, String prefix, String suffix, Enum<?>[] values) {
		for (Enum<?> value : values) {
			into.add(prefix + value.name() + suffix);
		}
	}

	private static boolean isReplacedByThymeleaf(String tag) {
		return tag.contains("th:text=") || tag.contains("th:utext=") || tag.contains("th:errors=") || tag.contains("sec:authentication=");
	}

	private static String stripComments(String html) {
		return html.replaceAll("(?s)<!--.*?-->", "");
	}

	private static void collect(Pattern pattern, String text, Set<String> into) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> list = files.filter(file -> file.toString().endsWith(".html")).toList();
			assertThat(list).isNotEmpty();
			return list;
		}
	}

	private static List<Path> javaSources() throws IOException {
		try (Stream<Path> files = Files.walk(JAVA)) {
			return files.filter(file -> file.toString().endsWith(".java")).toList();
		}
	}

}
