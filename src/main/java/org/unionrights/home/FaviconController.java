package org.unionrights.home;

import java.net.URI;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /favicon.ico}, which browsers and bookmarks ask for whatever a page links: sent on to the
 * portal's icon at its unversioned address (which stays valid when the icon changes), so a first
 * visit logs no 404 and renders no error page for it.
 */
@RestController
class FaviconController {

	static final URI ICON = URI.create("/assets/favicon.svg");

	@GetMapping("/favicon.ico")
	ResponseEntity<Void> favicon() {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(ICON)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)))
			.build();
	}

}
