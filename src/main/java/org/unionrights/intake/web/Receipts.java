package org.unionrights.intake.web;

import java.time.Clock;
import java.time.Duration;
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
 * code. The database never holds it but as a keyed hash.
 */
@Component
class Receipts {

	static final Duration SHOWN_FOR = Duration.ofMinutes(30);

	/** The worker's receipt, in their session. */
	static final String WORKER = "intake.receipt";

	/** A staff member's receipt of a request they registered. */
	static final String STAFF = "intake.staffReceipt";

	private static final String CODES = "intake.codes";

	private final Clock clock;

	Receipts(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The query code for a form: the same for every copy of the form this session sends, so a
	 * double click shows the code that was stored.
	 */
	@SuppressWarnings("unchecked")
	String queryCodeFor(HttpSession session, String draftToken, Supplier<String> newCode) {
		synchronized (WebUtils.getSessionMutex(session)) {
			Map<String, String> codes = (Map<String, String>) session.getAttribute(CODES);
			codes = codes == null ? new HashMap<>() : new HashMap<>(codes);
			String code = codes.computeIfAbsent(draftToken, token -> newCode.get());
			session.setAttribute(CODES, codes);
			return code;
		}
	}

	/**
	 * Keeps the receipt to show after the redirect. The submission that filed the request shows
	 * the code; a second copy of the form (a double click, Back and send again) shows the receipt
	 * still kept for that request, or, when there is none, one without the code.
	 */
	void keep(HttpSession session, String attribute, Receipt receipt, boolean filedNow) {
		synchronized (WebUtils.getSessionMutex(session)) {
			Receipt kept = find(session, attribute);
			if (filedNow) {
				session.setAttribute(attribute, receipt);
			}
			else if (kept == null || !kept.trackingNo().equals(receipt.trackingNo())) {
				session.setAttribute(attribute, receipt.withoutCode());
			}
		}
	}

	/**
	 * The receipt, as often as it is asked for within {@link #SHOWN_FOR} of the form being filed;
	 * after that, nothing, and the session forgets it and the codes of its forms.
	 */
	Receipt find(HttpSession session, String attribute) {
		synchronized (WebUtils.getSessionMutex(session)) {
			Receipt receipt = (Receipt) session.getAttribute(attribute);
			if (receipt != null && clock.instant().isAfter(receipt.filedAt().plus(SHOWN_FOR))) {
				session.removeAttribute(attribute);
				session.removeAttribute(CODES);
				return null;
			}
			return receipt;
		}
	}

}
