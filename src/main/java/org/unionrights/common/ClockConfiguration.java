package org.unionrights.common;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's clock, one bean so that rules about time can be tested with a fixed one. Its zone
 * is the union's ({@code portal.time-zone}, Asia/Shanghai): "today", deadlines and the times on
 * pages are China's whatever the server's zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${portal.time-zone:Asia/Shanghai}") ZoneId zone) {
		return Clock.system(zone);
	}

}
