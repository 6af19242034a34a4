package org.unionrights.intake.web;

import java.io.Serializable;
import java.security.SecureRandom;

import jakarta.servlet.http.HttpSession;

/**
 * A sum the portal asks itself (no outside service, nothing to load) before it tests another code
 * for a tracking number that has had too many wrong ones: its holder answers and gets in, a
 * guesser has one more thing to do per guess. Kept in the session, for one number, used once.
 */
final class LookupChallenge {

	static final String SESSION_KEY = "intake.lookupChallenge";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The question's two numbers, for the page: "{0} 加 {1} 等于几？". */
	record Question(String numberKey, int first, int second) implements Serializable {

		int answer() {
			return first + second;
		}

	}

	private LookupChallenge() {
	}

	/** A new sum for this number, replacing any other. */
	static Question ask(HttpSession session, String numberKey) {
		Question question = new Question(numberKey, 2 + RANDOM.nextInt(8), 2 + RANDOM.nextInt(8));
		session.setAttribute(SESSION_KEY, question);
		return question;
	}

	/** Whether the answer is right for the sum asked for this number; the sum is used up either way. */
	static boolean passes(HttpSession session, String numberKey, String answer) {
		if (!(session.getAttribute(SESSION_KEY) instanceof Question question) || answer == null) {
			return false;
		}
		session.removeAttribute(SESSION_KEY);
		try {
			return question.numberKey().equals(numberKey) && Integer.parseInt(answer.strip()) == question.answer();
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
