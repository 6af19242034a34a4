package org.unionrights.intake;

import org.springframework.context.ApplicationContext;

/**
 * The benchmark's door into intake's query codes: synthetic requests carry a real hash of one
 * known code, made by the portal's own {@link QueryCodes}, so the look-up scenario spends the same
 * time checking it as a real worker's look-up.
 */
public final class BenchCodes {

	private BenchCodes() {
	}

	public static String hash(ApplicationContext context, String code) {
		return context.getBean(QueryCodes.class).hash(code);
	}

}
