package org.unionrights.common.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Strips control characters (NUL and the other C0 and C1 controls, DEL; tab, line feed and
 * carriage return stay) from every form and query parameter before anything reads it: no text
 * field or search can carry a NUL into PostgreSQL (which refuses it, a 500) or a control into a
 * page or an export. Runs before the security filters, after the request's encoding is set.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class ControlCharacters extends OncePerRequestFilter {

	/** The text without its control characters (the same instance when it has none). */
	public static String strip(String text) {
		if (text == null) {
			return null;
		}
		int i = 0;
		while (i < text.length() && !isControl(text.charAt(i))) {
			i++;
		}
		if (i == text.length()) {
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length());
		clean.append(text, 0, i);
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isControl(c)) {
				clean.append(c);
			}
		}
		return clean.toString();
	}

	static boolean isControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Cleaned(request), response);
	}

	private static final class Cleaned extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		Cleaned(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (parameters == null) {
				Map<String, String[]> clean = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> {
					String[] cleaned = new String[values.length];
					for (int i = 0; i < values.length; i++) {
						cleaned[i] = strip(values[i]);
					}
					clean.put(strip(name), cleaned);
				});
				parameters = Collections.unmodifiableMap(clean);
			}
			return parameters;
		}

	}

}
