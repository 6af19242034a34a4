package org.unionrights.security;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Whether an address is a page of the portal at all: a controller, a static file's folder, an
 * endpoint answers it. An address that is none is let through to be answered 404 (the localized
 * page with the way to ask for help), signed in or not; only the staff pages that exist ask for a
 * login. Asked of the same handler mappings the dispatcher uses, on a copy of the request's
 * attributes, so the question leaves no trace on the request.
 */
final class KnownPages implements RequestMatcher {

	private final ApplicationContext context;

	private volatile List<HandlerMapping> mappings;

	KnownPages(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		HttpServletRequest asked = new OwnAttributes(request);
		for (HandlerMapping mapping : mappings()) {
			try {
				if (mapping.getHandler(asked) != null) {
					return true;
				}
			}
			catch (Exception ex) {
				return true; // when in doubt, an existing page: it asks for a login
			}
		}
		return false;
	}

	private List<HandlerMapping> mappings() {
		List<HandlerMapping> found = mappings;
		if (found == null) {
			found = List.copyOf(BeanFactoryUtils
				.beansOfTypeIncludingAncestors(context, HandlerMapping.class, true, false)
				.values());
			mappings = found;
		}
		return found;
	}

	/** The request with attributes of its own: what a handler mapping sets stays here. */
	private static final class OwnAttributes extends HttpServletRequestWrapper {

		private final Map<String, Object> attributes = new HashMap<>();

		OwnAttributes(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
		}

		@Override
		public java.util.Enumeration<String> getAttributeNames() {
			java.util.Set<String> names = new java.util.HashSet<>(Collections.list(super.getAttributeNames()));
			attributes.forEach((name, value) -> {
				if (value == null) {
					names.remove(name);
				}
				else {
					names.add(name);
				}
			});
			return Collections.enumeration(names);
		}

		@Override
		public void setAttribute(String name, Object value) {
			attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			attributes.put(name, null);
		}

	}

}
