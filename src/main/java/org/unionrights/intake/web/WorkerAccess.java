package org.unionrights.intake.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;
import org.unionrights.intake.HelpRequestService;
import org.unionrights.intake.WorkerKey;
import org.unionrights.intake.WorkerRequestView;

/**
 * Which requests a browser session may open without an account: those it looked up with their
 * query code (the {@link WorkerKey} the check gave), until the worker leaves them or the session
 * ends. Every worker page asks here, so a changed number in the address shows nothing but the
 * look-up form.
 */
@Component
class WorkerAccess {

	private static final String ACCESS = "intake.access";

	private final HelpRequestService requests;

	WorkerAccess(HelpRequestService requests) {
		this.requests = requests;
	}

	/** This session's key to the request, if it opened it. */
	Optional<WorkerKey> key(HttpSession session, String trackingNo) {
		return Optional.ofNullable(keys(session).get(trackingNo));
	}

	/** The request as the worker sees it, if this session opened it. */
	Optional<WorkerRequestView> view(HttpSession session, String trackingNo) {
		return key(session, trackingNo).flatMap(requests::workerView);
	}

	/** The tracking number and code matched: this session may open the request. */
	void grant(HttpSession session, WorkerKey key) {
		change(session, keys -> keys.put(key.trackingNo(), key));
	}

	/** "This is not my phone": this session forgets the request. */
	void revoke(HttpSession session, String trackingNo) {
		change(session, keys -> keys.remove(trackingNo));
	}

	private static void change(HttpSession session, java.util.function.Consumer<Map<String, WorkerKey>> change) {
		synchronized (WebUtils.getSessionMutex(session)) {
			Map<String, WorkerKey> keys = keys(session);
			change.accept(keys);
			session.setAttribute(ACCESS, keys);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, WorkerKey> keys(HttpSession session) {
		Object kept = session.getAttribute(ACCESS);
		return kept instanceof Map<?, ?> map ? new HashMap<>((Map<String, WorkerKey>) map) : new HashMap<>();
	}

}
