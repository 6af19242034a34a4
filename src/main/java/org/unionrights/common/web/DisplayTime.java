package org.unionrights.common.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Times on pages, in the union's zone. Templates use {@code ${@times.format(instant)}}.
 */
@Component("times")
public class DisplayTime {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final Clock clock;

	DisplayTime(Clock clock) {
		this.clock = clock;
	}

	public String format(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
	}

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(clock.getZone()));
	}

}
