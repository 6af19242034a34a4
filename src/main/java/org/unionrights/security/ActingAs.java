package org.unionrights.security;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work done in a user's name outside a request (the demo data at start-up), so that the services
 * check, scope and audit it as they would for that user signed in.
 */
public final class ActingAs {

	private ActingAs() {
	}

	public static <T> T user(PortalUser user, Supplier<T> work) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
