package org.unionrights.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an audit line says, as a message key and its arguments, rendered in the reader's language
 * when it is read ({@link AuditTexts}). An argument is a text, a message key ({@link #label}) or a
 * log-in name ({@link #person}, shown as the person's display name).
 *
 * @param key the message key, {@code audit.detail.*}
 * @param args the arguments, each with its kind: {@code t:} text, {@code k:} key, {@code u:} log-in name
 */
public record Detail(String key, List<String> args) {

	static final String TEXT = "t:";

	static final String KEY = "k:";

	static final String PERSON = "u:";

	static final String LOCALIZED = "l:";

	public Detail {
		args = List.copyOf(args);
	}

	/** A detail of texts, numbers, dates, labels and people. */
	public static Detail of(String key, Object... args) {
		List<String> encoded = new ArrayList<>();
		for (Object arg : args) {
			encoded.add(encode(arg));
		}
		return new Detail(key, encoded);
	}

	/** A label to translate when read: {@code label("clock." + rule)}. */
	public static Arg label(String key) {
		return new Arg(KEY + key);
	}

	/** A person, by log-in name, shown by display name. */
	public static Arg person(String username) {
		return new Arg(PERSON + username);
	}

	/** A name kept in both languages (a county's): the reader's is shown. */
	public static Arg localized(String chinese, String english) {
		return new Arg(LOCALIZED + chinese.replace("|", "/") + "|" + english);
	}

	/** An amount of money, or the dash for none. */
	public static String money(BigDecimal amount) {
		return amount == null ? "—" : String.format(java.util.Locale.ROOT, "%,.2f", amount);
	}

	private static String encode(Object arg) {
		if (arg instanceof Arg marked) {
			return marked.value();
		}
		return TEXT + (arg == null ? "—" : arg.toString());
	}

	/** An argument already marked with its kind. */
	public record Arg(String value) {
	}

}
