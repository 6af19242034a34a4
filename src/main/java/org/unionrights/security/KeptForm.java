package org.unionrights.security;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.validation.DataBinder;

/**
 * What a member of staff typed in a form sent after their session ended (it expired, or they
 * signed out in another tab): kept in the new session by {@link StaleForms}, carried through the
 * login, and put back into the same form on the page it came from, to check and send again.
 * Nothing of it is saved until they do.
 *
 * @param page the page the form was on
 * @param action where the form was sent
 * @param values what was typed, by field name (the CSRF token left out)
 * @param typedBy who typed it (log-in name): it is put back for them only
 */
public record KeptForm(String page, String action, Map<String, List<String>> values, String typedBy)
		implements Serializable {

	static final String ATTRIBUTE = "portal.keptForm";

	/** The most fields and characters kept: a form's worth, not a heap's. */
	static final int MAX_FIELDS = 80;

	static final int MAX_CHARS = 20_000;

	public KeptForm {
		values = Map.copyOf(values);
	}

	/** The last part of the address it was sent to: which of the page's forms it was. */
	public String actionName() {
		return action.substring(action.lastIndexOf('/') + 1);
	}

	/** Puts the typed values into a form object, as Spring binds a request; values that do not fit are left out. */
	public <T> T bindTo(T form) {
		DataBinder binder = new DataBinder(form);
		MutablePropertyValues properties = new MutablePropertyValues();
		values.forEach((name, typed) -> properties.add(name, typed.size() == 1 ? typed.get(0) : typed.toArray(String[]::new)));
		binder.bind(properties);
		return form;
	}

	/** The form kept for this page and the signed-in user, taken out of the session: it is put back once. */
	public static Optional<KeptForm> take(HttpServletRequest request, String page) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof KeptForm kept) || !kept.page().equals(page)) {
			return Optional.empty();
		}
		session.removeAttribute(ATTRIBUTE);
		return kept.typedBy().equals(request.getRemoteUser()) ? Optional.of(kept) : Optional.empty();
	}

	/** Whether the request's form is small enough to keep. */
	static boolean fits(HttpServletRequest request) {
		Map<String, String[]> parameters = request.getParameterMap();
		long chars = parameters.entrySet()
			.stream()
			.mapToLong(entry -> entry.getKey().length() + java.util.Arrays.stream(entry.getValue()).mapToLong(String::length).sum())
			.sum();
		return parameters.size() <= MAX_FIELDS && chars <= MAX_CHARS;
	}

	static KeptForm of(HttpServletRequest request, String page, String action, String typedBy) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, typed) -> {
			if (!"_csrf".equals(name)) {
				values.put(name, List.of(typed));
			}
		});
		return new KeptForm(page, action, values, typedBy);
	}

}
