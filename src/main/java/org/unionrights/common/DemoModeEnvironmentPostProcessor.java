package org.unionrights.common;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides demo mode before anything starts: on with the embedded database, off with an external
 * one, unless {@code portal.demo.enabled} is set explicitly. In demo mode the portal listens on
 * 127.0.0.1 only, because its demo passwords are public.
 */
public class DemoModeEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	public static final String DEMO_ENABLED = "portal.demo.enabled";

	static final String PROPERTY_SOURCE = "portalDemoMode";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String explicit = environment.getProperty(DEMO_ENABLED);
		boolean demo = StringUtils.hasText(explicit) ? Boolean.parseBoolean(explicit.trim())
				: !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		Map<String, Object> properties = new HashMap<>();
		properties.put(DEMO_ENABLED, Boolean.toString(demo));
		if (demo) {
			properties.put("server.address", "127.0.0.1");
		}
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
	}

	@Override
	public int getOrder() {
		// after the config files and the environment have been read
		return Ordered.LOWEST_PRECEDENCE;
	}

}
