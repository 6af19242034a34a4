package org.unionrights.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the portal runs as a demo (public demo accounts and data, loopback only). Templates
 * read it as {@code @demoMode.enabled}.
 */
@Component("demoMode")
public class DemoMode {

	private final boolean enabled;

	public DemoMode(@Value("${" + DemoModeEnvironmentPostProcessor.DEMO_ENABLED + ":false}") boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isEnabled() {
		return enabled;
	}

}
