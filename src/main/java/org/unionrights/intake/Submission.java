package org.unionrights.intake;

import org.unionrights.security.PortalUser;
import org.unionrights.security.Scope;

/**
 * How a request is being submitted: the channel, the staff member for hotline, walk-in and
 * referral requests ({@code null} on the web) and their scope (a county officer registers for
 * their own county only), the form's draft token (one submission per token, however often it is
 * sent) and the query code the worker will be given.
 */
public record Submission(Channel channel, String registeredBy, Scope registrarScope, String draftToken,
		String queryCode) {

	/** The worker's own request from the public form. */
	public static Submission web(String draftToken, String queryCode) {
		return new Submission(Channel.WEB, null, null, draftToken, queryCode);
	}

	/** A request staff register, within their scope. */
	public static Submission byStaff(PortalUser user, Channel channel, String draftToken, String queryCode) {
		return new Submission(channel, user.getUsername(), user.scope(), draftToken, queryCode);
	}

	/** Whether the request may be filed in this county: by the worker anywhere, by staff within their scope. */
	boolean mayFileIn(long countyId) {
		return registrarScope == null ? !channel.isStaffChannel() : RequestScope.coversCounty(registrarScope, countyId);
	}

	/** Whether the registrar may learn the tracking number of a likely duplicate in this county. */
	boolean maySeeRequestsIn(long countyId) {
		return registrarScope != null && RequestScope.coversCounty(registrarScope, countyId);
	}

}
