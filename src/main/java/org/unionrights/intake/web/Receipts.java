package org.unionrights.intake.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * The receipts of the forms a browser session filed, and the query codes of its forms. A phone
 * reloads a page when its tab comes back from another app, so the receipt, code included, can be
 * seen again for {@link #SHOWN_FOR} in the same browser session; then the session forgets the
 * code, as it does at once when the worker hides it or stops viewing their request. The database
 * never holds a code but as a keyed hash.
 */
@Component
class Receipts {

	static final Duration SHOWN_FOR = Duration.ofMinutes(30);

	/** How recent a filing counts as the other copy of a double click. */
	static final Duration SIBLING = Duration.ofSeconds(30);

	/** The worker's receipt, in their session. */
	static final String WORKER = "intake.receipt";

	/** A staff member's receipt of a request they registered. */
	static final String STAFF = "intake.staffReceipt";

	/** The codes of forms being sent, by draft token, until their request is filed. */
	private static final String CODES = "intake.codes";

	/** A receipt to show once, instead of the kept one, then forget. */
	private static final String ONCE = ".once";

	private final Clock clock;

	Receipts(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The query code for a form: the same for every copy of the form this session sends while it
	 * is being filed, so a double click shows the code that was stored. Codes of forms never filed
	 * are forgotten after {@link #SHOWN_FOR}.
	 */
	@SuppressWarnings("unchecked")
	String queryCodeFor(HttpSession session, String draftToken, Supplier<String> newCode) {
		synchronized (WebUtils.getSessionMutex(session)) {
			Map<String, MadeCode> codes = (Map<String, MadeCode>) session.getAttribute(CODES);
			codes = codes == null ? new HashMap<>() : new HashMap<>(codes);
			Instant now = clock.instant();
			codes.values().removeIf(made -> isOver(made.madeAt(), now));
			String code = codes.computeIfAbsent(draftToken, token -> new MadeCode(newCode.get(), now)).code();
			session.setAttribute(CODES, codes);
			return code;
		}
	}

	/**
	 * Keeps the receipt to show after the redirect. The submission that filed the request shows
	 * the code, and the form's code is no longer needed. A second copy of the form (a double click,
	 * Back and send again) shows the receipt still kept for that request; a copy of an older form
	 * shows its number without the code, once, and leaves the newer receipt kept.
	 */
	@SuppressWarnings("unchecked")
	void keep(HttpSession session, String attribute, String draftToken, Receipt receipt, boolean filedNow) {
		synchronized (WebUtils.getSessionMutex(session)) {
			Map<String, MadeCode> codes = (Map<String, MadeCode>) session.getAttribute(CODES);
			if (codes != null && codes.containsKey(draftToken)) {
				codes = new HashMap<>(codes);
				codes.remove(draftToken);
				session.setAttribute(CODES, codes);
			}
			session.removeAttribute(attribute + ONCE);
			Receipt kept = find(session, attribute);
			if (filedNow) {
				session.setAttribute(attribute, receipt);
			}
			else if (kept == null) {
				// Filed moments ago, it may be the other copy of a double click, whose receipt (with the
				// code) is still being saved: sessions live in the database, so this copy does not see
				// it yet. It is shown once, without the code, and never overwrites that receipt, which
				// find() prefers when it holds the same number.
				boolean moments = !receipt.filedAt().isBefore(clock.instant().minus(SIBLING));
				session.setAttribute(moments ? attribute + ONCE : attribute, shownFromNow(receipt.withoutCode()));
			}
			else if (!kept.trackingNo().equals(receipt.trackingNo())) {
				session.setAttribute(attribute + ONCE, shownFromNow(receipt.withoutCode()));
			}
		}
	}

	/** A receipt of an earlier filing, shown for {@link #SHOWN_FOR} from now rather than from its filing. */
	private Receipt shownFromNow(Receipt receipt) {
		return new Receipt(receipt.trackingNo(), receipt.queryCode(), receipt.likelyDuplicateOf(), clock.instant());
	}

	/**
	 * The receipt, as often as it is asked for within {@link #SHOWN_FOR} of the form being filed;
	 * after that, nothing, and the session forgets it.
	 */
	Receipt find(HttpSession session, String attribute) {
		synchronized (WebUtils.getSessionMutex(session)) {
			Receipt once = (Receipt) session.getAttribute(attribute + ONCE);
			Receipt receipt = (Receipt) session.getAttribute(attribute);
			if (receipt != null && isOver(receipt.filedAt(), clock.instant())) {
				session.removeAttribute(attribute);
				receipt = null;
			}
			if (once != null) {
				session.removeAttribute(attribute + ONCE);
				// The same request's receipt with the code (the other copy of a double click) wins.
				return receipt != null && receipt.trackingNo().equals(once.trackingNo()) ? receipt : once;
			}
			return receipt;
		}
	}

	/** "I have written it down", or "this is not my phone": the code is shown no more. */
	void forget(HttpSession session, String attribute) {
		synchronized (WebUtils.getSessionMutex(session)) {
			session.removeAttribute(attribute);
			session.removeAttribute(attribute + ONCE);
			session.removeAttribute(CODES);
		}
	}

	private static boolean isOver(Instant start, Instant now) {
		return now.isAfter(start.plus(SHOWN_FOR));
	}

	/** A code made for a form, and when. */
	private record MadeCode(String code, Instant madeAt) implements Serializable {
	}

}
