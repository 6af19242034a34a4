package org.unionrights.common;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
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
import org.unionrights.cases.CaseClocks;
import org.unionrights.cases.CaseOutcome;
import org.unionrights.cases.ContactChannel;
import org.unionrights.cases.ContactParty;
import org.unionrights.cases.EntryKind;
import org.unionrights.cases.PaymentKind;
import org.unionrights.cases.Track;
import org.unionrights.cases.TrackStep;
import org.unionrights.deadlines.ClockEvent;
import org.unionrights.deadlines.ClockReading;
import org.unionrights.deadlines.ClockRule;
import org.unionrights.deadlines.DayKind;
import org.unionrights.security.Role;
import org.unionrights.teams.LawyerKind;
import org.unionrights.teams.TeamKind;

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
			"(?:RuleViolationException\\((?:\"[A-Za-z.]*\"|[A-Za-z]+), |InvalidFileException\\(|Problem\\(|Refused\\(|Refused\\.all\\(|voidedBy\\(|rejectValue\\((?:\"[A-Za-z.]+\"|[A-Za-z]+), |reject\\(|getMessage\\(|Flash\\.(?:success|error)\\()[^;]*?\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");

	/** A label a template builds from a value: #{${'prefix.' + value}} or a form field's prefix='prefix.'. */
	private static final Pattern DYNAMIC_LABEL = Pattern.compile("#\\{\\$\\{'([a-zA-Z.]+\\.)' \\+|prefix='([a-zA-Z.]+\\.)'");

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

	/**
	 * The service clock's days are configuration (portal.intake.first-contact-working-days …): a
	 * text states them through an argument. Only the legal clocks' own names carry their statutory
	 * periods.
	 */
	/**
	 * A message with arguments goes through MessageFormat, where a lone apostrophe quotes the rest:
	 * "The union's answer: {0}" showed a literal {0}. It is written twice ({@code union''s}).
	 */
	@Test
	void aMessageWithArgumentsHasNoLoneApostrophe() throws IOException {
		Pattern argument = Pattern.compile("\\{[0-9]");
		Pattern lone = Pattern.compile("(?<!')'(?!')");
		for (String file : List.of("messages.properties", "messages_en.properties")) {
			Properties properties = load(file);
			for (String key : properties.stringPropertyNames()) {
				String text = properties.getProperty(key);
				if (argument.matcher(text).find()) {
					assertThat(lone.matcher(text).find()).as(file + " " + key + ": " + text).isFalse();
				}
			}
		}
	}

	@Test
	void noTextWritesInTheServiceClocksWorkingDays() throws IOException {
		Pattern written = Pattern.compile("[0-9]+ ?(个工作日|working days?)");
		for (String file : List.of("messages.properties", "messages_en.properties")) {
			Properties properties = load(file);
			for (String key : properties.stringPropertyNames()) {
				if (!key.startsWith("clock.")) {
					assertThat(written.matcher(properties.getProperty(key)).find()).as(file + " " + key).isFalse();
				}
			}
		}
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
		// Labels that templates (and the timeline) build from values, e.g. #{${'category.' + c}}: every
		// value each prefix can take must have its label.
		Map<String, List<String>> dynamic = dynamicLabels(named);
		for (Path template : templates()) {
			Matcher label = DYNAMIC_LABEL.matcher(stripComments(Files.readString(template)));
			while (label.find()) {
				String prefix = label.group(1) != null ? label.group(1) : label.group(2);
				assertThat(dynamic).as("the values of the labels " + prefix + "* in " + template.getFileName()
						+ ": register them in dynamicLabels()").containsKey(prefix);
			}
		}
		dynamic.forEach((prefix, values) -> values.forEach(value -> named.add(prefix + value)));
		assertThat(named).hasSizeGreaterThan(50);
		assertThat(difference(named, zh)).as("keys used but not defined").isEmpty();
	}

	/**
	 * Every prefix of a label built from a value, with the values it takes. A template that builds
	 * labels of a prefix not listed here fails the test until its values are added.
	 */
	private static Map<String, List<String>> dynamicLabels(Set<String> named) {
		Map<String, List<String>> labels = new TreeMap<>();
		labels.put("role.", names(Role.values()));
		labels.put("category.", names(RequestCategory.values()));
		labels.put("status.", names(RequestStatus.values()));
		labels.put("channel.", names(Channel.values()));
		labels.put("event.", names(EventKind.values()));
		labels.put("staffEvent.", names(EventKind.values()));
		labels.put("newFormWork.", names(NewFormWork.values()));
		labels.put("injuryReported.", names(InjuryReported.values()));
		labels.put("teamKind.", names(TeamKind.values()));
		labels.put("lawyerKind.", names(LawyerKind.values()));
		labels.put("outcome.", names(CaseOutcome.values()));
		labels.put("track.", names(Track.values()));
		labels.put("step.", names(TrackStep.values()));
		labels.put("paymentKind.", names(PaymentKind.values()));
		labels.put("contactChannel.", names(ContactChannel.values()));
		labels.put("contactParty.", names(ContactParty.values()));
		labels.put("entryKind.", names(EntryKind.values()));
		labels.put("clockAlert.", names(CaseClocks.Alert.values()));
		labels.put("case.flag.", names(org.unionrights.cases.CaseFilter.Flag.values()));
		labels.put("work.", names(org.unionrights.workspace.WorkLine.Kind.values()));
		labels.put("industry.", names(org.unionrights.enterprises.Industry.values()));
		labels.put("enterpriseSize.", names(org.unionrights.enterprises.EnterpriseSize.values()));
		labels.put("enterprises.filter.", List.of("union", "supervision", "mediation", "newForm"));
		labels.put("contractKind.", names(org.unionrights.enterprises.ContractKind.values()));
		labels.put("contractCoverage.", names(org.unionrights.enterprises.ContractCoverage.values()));
		labels.put("contractStage.", names(org.unionrights.enterprises.ContractStage.values()));
		labels.put("groupActivity.", names(org.unionrights.enterprises.GroupActivityKind.values()));
		labels.put("opinionTopic.", names(org.unionrights.enterprises.OpinionTopic.values()));
		List<String> reportStatuses = new ArrayList<>(names(org.unionrights.reports.ReportStatus.values()));
		reportStatuses.add("NONE");
		labels.put("reportStatus.", reportStatuses);
		labels.put("indicatorUnit.", names(org.unionrights.reports.IndicatorUnit.values()));
		labels.put("riskKind.", names(org.unionrights.reports.RiskKind.values()));
		labels.put("riskLevel.", names(org.unionrights.reports.RiskLevel.values()));
		labels.put("clock.", names(ClockRule.values()));
		labels.put("clockEvent.", names(ClockEvent.Kind.values()));
		labels.put("clockState.", names(ClockReading.State.values()));
		labels.put("dayKind.", names(DayKind.values()));
		labels.put("weekday.", names(DayOfWeek.values()));
		labels.put("rating.", List.of("1", "2", "3", "4", "5"));
		List<String> errors = new ArrayList<>();
		for (String status : List.of("400", "403", "404", "405", "409", "413", "500", "other")) {
			errors.add(status + ".title");
			errors.add(status + ".text");
		}
		labels.put("error.", errors);
		// Collected from the code above: every action written to the audit log.
		labels.put("audit.action.", named.stream()
			.filter(key -> key.startsWith("audit.action."))
			.map(key -> key.substring("audit.action.".length()))
			.toList());
		// The case's steps on the worker's timeline (TimelineEntry.stepKey), built by the cases module.
		List<String> caseSteps = new ArrayList<>(names(TrackStep.values()));
		caseSteps.addAll(names(PaymentKind.values()));
		names(CaseOutcome.values()).forEach(outcome -> caseSteps.add("OUTCOME_" + outcome));
		caseSteps.addAll(List.of("VOIDED", "STEP_VOIDED"));
		labels.put("caseStep.", caseSteps);
		names(RequestCategory.values()).forEach(category -> named.add("category." + category + ".hint"));
		return labels;
	}

	private static List<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
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
