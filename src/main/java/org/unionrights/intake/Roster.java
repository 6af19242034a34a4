package org.unionrights.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.unionrights.common.validation.ChineseIdentifiers;

/**
 * The workers of a group wage claim, read from text typed or pasted from a spreadsheet: one
 * worker a line, name, a mobile or a resident ID number (checked; may be left out) and amount
 * owed, separated by tabs, commas or spaces. A header line is skipped. Each bad line is reported
 * with its number. The form's script (static/js/roster.js) reads lines by the same rules, so that
 * the page and the server count the same workers ({@code RosterScriptTest}).
 */
public record Roster(List<Line> lines, List<Problem> problems) {

	public static final int MAX_LINES = 200;

	static final int MAX_NAME = 50;

	private static final Pattern SEPARATED = Pattern.compile("[\\t,，;；]");

	private static final Pattern NO_BREAK = Pattern.compile("[\\u00A0\\u2007\\u202F\\uFEFF]");

	private static final Pattern AMOUNT = Pattern.compile("^[0-9]{1,10}(\\.[0-9]{1,2})?$");

	/** One worker, their mobile or ID number (at most one of them), and what they are owed. */
	public record Line(String name, String mobile, String idNumber, BigDecimal amount) {

		public Line(String name, String mobile, BigDecimal amount) {
			this(name, mobile, null, amount);
		}

	}

	/** A line that could not be read: {@code code} is a message key taking the line number. */
	public record Problem(int lineNumber, String code) {
	}

	public static Roster empty() {
		return new Roster(List.of(), List.of());
	}

	public static Roster parse(String text) {
		List<Line> lines = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return empty();
		}
		// No-break spaces and a byte-order mark, as spreadsheets paste them, read as plain spaces.
		String[] rows = NO_BREAK.matcher(text).replaceAll(" ").strip().split("\\R");
		int counted = 0;
		for (int i = 0; i < rows.length; i++) {
			String row = rows[i].strip();
			int number = i + 1;
			if (row.isEmpty() || (i == 0 && isHeader(row))) {
				continue;
			}
			counted++;
			if (counted > MAX_LINES) {
				problems.add(new Problem(number, "roster.tooMany"));
				break;
			}
			readLine(row, number, lines, problems);
		}
		return new Roster(List.copyOf(lines), List.copyOf(problems));
	}

	private static void readLine(String row, int number, List<Line> lines, List<Problem> problems) {
		// A spreadsheet pastes tabs, and its amounts may carry thousands separators.
		String[] fields = row.indexOf('\t') >= 0 ? row.split("\t", -1)
				: SEPARATED.matcher(row).find() ? SEPARATED.split(row, -1) : row.split("(?U)\\s+");
		List<String> values = new ArrayList<>();
		for (String field : fields) {
			values.add(field.strip());
		}
		if (values.size() == 2) {
			values.add(1, "");
		}
		if (values.size() != 3) {
			problems.add(new Problem(number, "roster.line.fields"));
			return;
		}
		String name = values.get(0);
		String contact = values.get(1).replace(" ", "").toUpperCase(Locale.ROOT);
		String amount = values.get(2).replaceAll("(?U)[元¥￥,，\\s]", "");
		boolean mobile = ChineseIdentifiers.isMobile(contact);
		if (name.isEmpty() || name.length() > MAX_NAME) {
			problems.add(new Problem(number, "roster.line.name"));
		}
		else if (!contact.isEmpty() && !mobile && !ChineseIdentifiers.isResidentId(contact)) {
			problems.add(new Problem(number, contact.length() >= 15 ? "roster.line.idNumber" : "roster.line.mobile"));
		}
		else if (!AMOUNT.matcher(amount).matches() || new BigDecimal(amount).signum() <= 0) {
			problems.add(new Problem(number, "roster.line.amount"));
		}
		else {
			lines.add(new Line(name, mobile ? contact : null, contact.isEmpty() || mobile ? null : contact,
					new BigDecimal(amount).setScale(2)));
		}
	}

	private static boolean isHeader(String row) {
		String lower = row.toLowerCase(Locale.ROOT);
		return lower.contains("姓名") || lower.startsWith("name");
	}

	public boolean isEmpty() {
		return lines.isEmpty() && problems.isEmpty();
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

	/** What the listed workers are owed together. */
	public BigDecimal total() {
		return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/**
	 * Whether the workers listed are owed together something other than the amount claimed for the
	 * group; nothing to compare when either is missing.
	 */
	public boolean totalDiffersFrom(BigDecimal amountClaimed) {
		return amountClaimed != null && !lines.isEmpty() && total().compareTo(amountClaimed) != 0;
	}

}
