package org.unionrights.common.web;

import java.util.List;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One-line messages carried across a redirect: a message key and its arguments, shown by the
 * layout in the user's language.
 */
public final class Flash {

	public static final String SUCCESS = "flashSuccess";

	public static final String ERROR = "flashError";

	private Flash() {
	}

	public static void success(RedirectAttributes redirect, String code, Object... args) {
		redirect.addFlashAttribute(SUCCESS, new Message(code, List.of(args)));
	}

	public static void error(RedirectAttributes redirect, String code, Object... args) {
		redirect.addFlashAttribute(ERROR, new Message(code, List.of(args)));
	}

	/** A message key with its arguments. */
	public record Message(String code, List<Object> args) implements java.io.Serializable {

		public Object[] argArray() {
			return args.toArray();
		}

	}

}
