package org.unionrights.audit;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says an audit line in the reader's language, for the pages that list them
 * ({@code @auditTexts.detail(entry)}): labels translated, people by their display names. A line
 * written before details were structured shows its plain text.
 */
@Component("auditTexts")
public class AuditTexts {

	private final MessageSource messages;

	private final org.springframework.beans.factory.ObjectProvider<ActorNames> actorNames;

	AuditTexts(MessageSource messages, org.springframework.beans.factory.ObjectProvider<ActorNames> actorNames) {
		this.messages = messages;
		this.actorNames = actorNames;
	}

	/** What the line says, in the language of the current request. */
	public String detail(AuditEntry entry) {
		if (entry.structured() == null) {
			return entry.detail();
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<String> args = entry.structured().args();
		Map<String, String> people = people(args);
		Object[] resolved = args.stream().map(arg -> resolve(arg, people, locale)).toArray();
		try {
			return messages.getMessage(entry.structured().key(), resolved, locale);
		}
		catch (NoSuchMessageException ex) {
			return String.join(" ", java.util.Arrays.stream(resolved).map(String::valueOf).toList());
		}
	}

	/**
	 * A person the pages know by log-in name, by their display name: {@code @auditTexts.person(line.recordedBy)};
	 * the portal itself and the worker by what they are.
	 */
	public String person(String username) {
		if (username == null) {
			return "";
		}
		if (AuditLog.SYSTEM.equals(username)) {
			return messages.getMessage("audit.actor.system", null, LocaleContextHolder.getLocale());
		}
		if ("worker".equals(username)) {
			return messages.getMessage("timeline.worker", null, LocaleContextHolder.getLocale());
		}
		ActorNames names = actorNames.getIfAvailable();
		return names == null ? username : names.displayNames(List.of(username)).getOrDefault(username, username);
	}

	/** Who did it: their display name, or the portal itself. */
	public String actor(AuditEntry entry) {
		return AuditLog.SYSTEM.equals(entry.actor())
				? messages.getMessage("audit.actor.system", null, LocaleContextHolder.getLocale()) : entry.actorName();
	}

	private Map<String, String> people(Collection<String> args) {
		List<String> usernames = args.stream()
			.filter(arg -> arg.startsWith(Detail.PERSON))
			.map(arg -> arg.substring(Detail.PERSON.length()))
			.toList();
		ActorNames names = actorNames.getIfAvailable();
		return usernames.isEmpty() || names == null ? Map.of() : names.displayNames(usernames);
	}

	private String resolve(String arg, Map<String, String> people, Locale locale) {
		if (arg.startsWith(Detail.KEY)) {
			String key = arg.substring(Detail.KEY.length());
			return messages.getMessage(key, null, key, locale);
		}
		if (arg.startsWith(Detail.LOCALIZED)) {
			String[] names = arg.substring(Detail.LOCALIZED.length()).split("\\|", 2);
			return "en".equals(locale.getLanguage()) && names.length > 1 ? names[1] : names[0];
		}
		if (arg.startsWith(Detail.PERSON)) {
			String username = arg.substring(Detail.PERSON.length());
			return people.getOrDefault(username, username);
		}
		return arg.startsWith(Detail.TEXT) ? arg.substring(Detail.TEXT.length()) : arg;
	}

}
