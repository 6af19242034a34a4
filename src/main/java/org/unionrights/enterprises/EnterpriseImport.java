package org.unionrights.enterprises;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.validation.ChineseIdentifiers;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.counties.CountyRef;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * Many enterprises at once, from CSV or XLSX ({@link ImportFile}). Every row is checked first and
 * nothing is written: each rejected row is reported with its line number and reasons (a field
 * missing or wrong, a bad credit code, the same code twice in the file, a code already
 * registered, another county's enterprise for a county officer). The valid rows are then written
 * in one transaction with one audit entry, when the file is clean or the user chooses to import
 * only them; a code registered meanwhile refuses the whole import.
 */
@Service
@StaffOnly
public class EnterpriseImport {

	/** The columns, by their message keys; a heading in either language is recognised. */
	public static final List<String> COLUMNS = List.of("enterprise.name", "enterprise.creditCode", "status.county",
			"enterprise.industry", "enterprise.size", "enterprise.employees", "enterprise.unionFoundedOn",
			"enterprise.supervisionCommittee", "enterprise.mediationCommittee", "enterprise.newEmploymentForm");

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy-M-d"),
			DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy年M月d日"));

	private final Enterprises enterprises;

	private final CountyDirectory counties;

	private final MessageSource messages;

	private final AuditLog auditLog;

	private final Clock clock;

	EnterpriseImport(Enterprises enterprises, CountyDirectory counties, MessageSource messages, AuditLog auditLog,
			Clock clock) {
		this.enterprises = enterprises;
		this.counties = counties;
		this.messages = messages;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A row that can be imported, with its line number. */
	public record ValidRow(int line, EnterpriseData data) implements java.io.Serializable {
	}

	/** A row that cannot, with its line number and the message keys of why. */
	public record RejectedRow(int line, String name, String creditCode, List<String> reasons) {
	}

	/** What a file would import. */
	public record Checked(List<ValidRow> valid, List<RejectedRow> rejected) {

		public boolean isClean() {
			return rejected.isEmpty();
		}

	}

	/** Reads and checks every row of the file; writes nothing. A file that cannot be read is refused. */
	@Transactional(readOnly = true)
	public Checked check(PortalUser user, String fileName, byte[] bytes) {
		ImportFile.Table table = ImportFile.read(fileName, bytes);
		Map<String, Integer> columns = columns(table.headings());
		Map<String, Integer> firstLineOfCode = new HashMap<>();
		Map<String, Integer> timesOfCode = new HashMap<>();
		List<ParsedRow> parsed = new ArrayList<>();
		for (ImportFile.Line line : table.lines()) {
			ParsedRow row = parse(user, line, columns);
			if (row.code() != null) {
				firstLineOfCode.putIfAbsent(row.code(), line.number());
				timesOfCode.merge(row.code(), 1, Integer::sum);
			}
			parsed.add(row);
		}
		// A code twice in the file: every row with it is refused, not the first kept silently.
		parsed.stream()
			.filter(row -> row.code() != null && timesOfCode.get(row.code()) > 1)
			.forEach(row -> row.reasons().add("enterprises.import.duplicateInFile"));
		Set<String> registered = new HashSet<>(enterprises.findRegisteredCodes(firstLineOfCode.keySet()));
		List<ValidRow> valid = new ArrayList<>();
		List<RejectedRow> rejected = new ArrayList<>();
		for (ParsedRow row : parsed) {
			if (row.code() != null && registered.contains(row.code())) {
				row.reasons().add("enterprises.import.registered");
			}
			if (row.reasons().isEmpty()) {
				valid.add(new ValidRow(row.line(), row.data()));
			}
			else {
				rejected.add(new RejectedRow(row.line(), row.name(), row.typedCode(), List.copyOf(row.reasons())));
			}
		}
		return new Checked(List.copyOf(valid), List.copyOf(rejected));
	}

	/** Writes the valid rows, all or none, as one import in the audit log. */
	@Transactional
	public int importRows(PortalUser user, String fileName, List<ValidRow> rows) {
		if (rows.isEmpty()) {
			throw new RuleViolationException(null, "enterprises.import.nothing");
		}
		LocalDate today = LocalDate.now(clock);
		Set<String> codes = new HashSet<>();
		rows.forEach(row -> codes.add(Enterprise.checkedCode(row.data().creditCode())));
		if (!enterprises.findRegisteredCodes(codes).isEmpty() || codes.size() != rows.size()) {
			throw new RuleViolationException(null, "enterprises.import.changed");
		}
		for (ValidRow row : rows) {
			long countyId = user.scope().onlyCounty().orElse(row.data().countyId());
			if (countyId != row.data().countyId()) {
				throw new RuleViolationException(null, "enterprises.import.changed");
			}
			enterprises.save(new Enterprise(row.data(), today, user.getUsername(), clock.instant()));
		}
		enterprises.flush();
		auditLog.record("ENTERPRISES_IMPORTED", "enterprises",
				Detail.of("audit.detail.imported", rows.size(), fileName == null ? "—" : fileName));
		return rows.size();
	}

	/** A row read from the file: what it says, and what is wrong with it. */
	private record ParsedRow(int line, String name, String typedCode, String code, EnterpriseData data,
			List<String> reasons) {
	}

	private ParsedRow parse(PortalUser user, ImportFile.Line line, Map<String, Integer> columns) {
		List<String> reasons = new ArrayList<>();
		Function<String, String> cell = key -> line.cell(columns.getOrDefault(key, -1));
		String name = cell.apply("enterprise.name");
		String typedCode = cell.apply("enterprise.creditCode");
		String code = ChineseIdentifiers.normalizeCode(typedCode);
		if (code.isEmpty()) {
			reasons.add("enterprises.import.codeMissing");
			code = null;
		}
		else if (!ChineseIdentifiers.isCreditCode(code)) {
			reasons.add("enterprise.code.invalid");
			code = null;
		}
		Long countyId = county(cell.apply("status.county"));
		if (countyId == null) {
			reasons.add("enterprises.import.county");
		}
		else if (user.scope().onlyCounty().isPresent() && user.scope().onlyCounty().getAsLong() != countyId) {
			reasons.add("enterprises.import.otherCounty");
		}
		Industry industry = label(Industry.values(), "industry.", cell.apply("enterprise.industry"));
		EnterpriseSize size = label(EnterpriseSize.values(), "enterpriseSize.", cell.apply("enterprise.size"));
		Integer employees = number(cell.apply("enterprise.employees"));
		LocalDate founded = date(cell.apply("enterprise.unionFoundedOn"));
		Boolean supervision = yesNo(cell.apply("enterprise.supervisionCommittee"));
		Boolean mediation = yesNo(cell.apply("enterprise.mediationCommittee"));
		Boolean newForm = yesNo(cell.apply("enterprise.newEmploymentForm"));
		if (industry == null) {
			reasons.add("enterprises.import.industry");
		}
		if (size == null) {
			reasons.add("enterprises.import.size");
		}
		if (employees == null) {
			reasons.add("enterprise.employees.invalid");
		}
		if (founded == null && !cell.apply("enterprise.unionFoundedOn").isEmpty()) {
			reasons.add("enterprises.import.date");
		}
		if (supervision == null || mediation == null || newForm == null) {
			reasons.add("enterprises.import.yesNo");
		}
		EnterpriseData data = null;
		if (reasons.isEmpty()) {
			data = new EnterpriseData(countyId, name, code, industry, size, employees, founded, supervision, mediation,
					newForm);
			try {
				Enterprise.check(data, LocalDate.now(clock));
			}
			catch (RuleViolationException ex) {
				reasons.add(ex.getCode());
			}
		}
		return new ParsedRow(line.number(), name, typedCode, code, data, reasons);
	}

	/** Which column holds which field, by the heading in Chinese or English. */
	private Map<String, Integer> columns(List<String> headings) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < headings.size(); i++) {
			String heading = clean(headings.get(i));
			if (heading.isEmpty()) {
				continue;
			}
			for (String key : COLUMNS) {
				for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
					// A heading may be the field's label or its short label, where it has one.
					if (heading.equals(clean(messages.getMessage(key, null, locale)))
							|| heading.equals(clean(messages.getMessage(key + ".short", null, "", locale)))) {
						columns.putIfAbsent(key, i);
					}
				}
			}
		}
		List<String> missing = COLUMNS.stream().filter(key -> !columns.containsKey(key)).toList();
		if (!missing.isEmpty()) {
			throw new RuleViolationException("file", "enterprises.import.headings");
		}
		return columns;
	}

	private Long county(String typed) {
		String name = clean(typed);
		return name.isEmpty() ? null : counties.active()
			.stream()
			.filter(county -> clean(county.nameZh()).equals(name) || clean(county.nameEn()).equals(name))
			.map(CountyRef::id)
			.findFirst()
			.orElse(null);
	}

	/** A value by its name or its label in either language. */
	private <E extends Enum<E>> E label(E[] values, String prefix, String typed) {
		String value = clean(typed);
		for (E candidate : values) {
			if (clean(candidate.name()).equals(value)
					|| clean(messages.getMessage(prefix + candidate.name(), null, Locale.SIMPLIFIED_CHINESE)).equals(value)
					|| clean(messages.getMessage(prefix + candidate.name(), null, Locale.ENGLISH)).equals(value)) {
				return candidate;
			}
		}
		return null;
	}

	private static Integer number(String typed) {
		String value = typed.replace(",", "").replace("，", "").strip();
		if (value.endsWith(".0")) {
			value = value.substring(0, value.length() - 2);
		}
		return value.matches("[0-9]{1,7}") ? Integer.valueOf(value) : null;
	}

	private static LocalDate date(String typed) {
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(typed.strip(), format);
			}
			catch (DateTimeParseException ex) {
				// the next form
			}
		}
		return null;
	}

	/** 是/否 and their like; empty is no. */
	private static Boolean yesNo(String typed) {
		String value = clean(typed);
		if (value.isEmpty() || List.of("否", "无", "没有", "n", "no", "false", "0").contains(value)) {
			return Boolean.FALSE;
		}
		return List.of("是", "有", "y", "yes", "true", "1").contains(value) ? Boolean.TRUE : null;
	}

	private static String clean(String text) {
		return text == null ? "" : text.replaceAll("[\\s\\u00A0\\uFEFF]", "").toLowerCase(Locale.ROOT);
	}

}
