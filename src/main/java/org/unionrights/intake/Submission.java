package org.unionrights.intake;

import org.unionrights.security.PortalUser;
import org.unionrights.security.Role;

/**
 * How a request is being submitted: the channel, the staff member for hotline, walk-in and
 * referral requests ({@code null} on the web), the county a county officer may register for
 * ({@code null}: any), the form's draft token (one submission per token, however often it is
 * sent) and the query code the worker will be given.
 */
public record Submission(Channel channel, String registeredBy, Long registrarCountyId, String draftToken,
		String queryCode) {

	/** The worker's own request from the public form. */
	public static Submission web(String draftToken, String queryCode) {
		return new Submission(Channel.WEB, null, null, draftToken, queryCode);
	}

	/** A request staff register; a county officer's is bound to their county. */
	public static Submission byStaff(PortalUser user, Channel channel, String draftToken, String queryCode) {
		Long county = user.getRole() == Role.COUNTY_OFFICER ? user.getCountyId() : null;
		return new Submission(channel, user.getUsername(), county, draftToken, queryCode);
	}

}
