package org.unionrights.common;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DemoModeEnvironmentPostProcessorTest {

	private final DemoModeEnvironmentPostProcessor processor = new DemoModeEnvironmentPostProcessor();

	private MockEnvironment process(MockEnvironment environment) {
		processor.postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

	@Test
	void embeddedDatabaseMeansDemoOnLoopbackOnly() {
		MockEnvironment environment = process(new MockEnvironment().withProperty("server.address", "0.0.0.0"));
		assertThat(environment.getProperty("portal.demo.enabled")).isEqualTo("true");
		assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
	}

	@Test
	void externalDatabaseMeansNoDemo() {
		MockEnvironment environment = process(
				new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/portal"));
		assertThat(environment.getProperty("portal.demo.enabled")).isEqualTo("false");
		assertThat(environment.getProperty("server.address")).isNull();
	}

	@Test
	void demoCanBeAskedForExplicitlyOnAnExternalDatabase() {
		MockEnvironment environment = process(new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/portal")
			.withProperty("portal.demo.enabled", "true"));
		assertThat(environment.getProperty("portal.demo.enabled")).isEqualTo("true");
		assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
	}

	@Test
	void demoCanBeSwitchedOffOnTheEmbeddedDatabase() {
		MockEnvironment environment = process(new MockEnvironment().withProperty("portal.demo.enabled", "false"));
		assertThat(environment.getProperty("portal.demo.enabled")).isEqualTo("false");
		assertThat(environment.getProperty("server.address")).isNull();
	}

}
