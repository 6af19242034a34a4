package org.unionrights.common.web;

import java.io.Serializable;
import java.security.SecureRandom;

import jakarta.servlet.http.HttpSession;

/**
 * A sum the portal asks itself (no outside service, nothing to load) before it tests another
 * secret for something that has had too many wrong ones (a tracking number's query code, an
 * account's password): its holder answers and gets in, a guesser has one more thing to do per
 * guess, and nobody is locked out. Kept in the session, for one key, used once.
 */
public final class SumChallenge {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The question's two numbers, for the page: "{0} 加 {1} 等于几？". */
	public record Question(String key, int first, int second) implements Serializable {

		int answer() {
			return first + second;
		}

	}

	private SumChallenge() {
	}

	/** A new sum for this key (of this kind: "lookup", "login"), replacing any other of the kind. */
	public static Question ask(HttpSession session, String kind, String key) {
		Question question = new Question(key, 2 + RANDOM.nextInt(8), 2 + RANDOM.nextInt(8));
		session.setAttribute(attribute(kind), question);
		return question;
	}

	/** The sum asked and not yet answered, if any. */
	public static Question asked(HttpSession session, String kind) {
		return session == null ? null
				: session.getAttribute(attribute(kind)) instanceof Question question ? question : null;
	}

	/** Whether the answer is right for the sum asked for this key; the sum is used up either way. */
	public static boolean passes(HttpSession session, String kind, String key, String answer) {
		Question question = asked(session, kind);
		if (question == null || answer == null) {
			return false;
		}
		session.removeAttribute(attribute(kind));
		try {
			return question.key().equals(key) && Integer.parseInt(answer.strip()) == question.answer();
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static String attribute(String kind) {
		return "portal.challenge." + kind;
	}

}
