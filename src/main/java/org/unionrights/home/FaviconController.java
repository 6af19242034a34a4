package org.unionrights.home;

import java.net.URI;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * {@code /favicon.ico}, which browsers and bookmarks ask for whatever a page links: sent on to the
 * portal's icon, so a first visit logs no 404 and renders no error page for it.
 */
@RestController
class FaviconController {

	private final ResourceUrlProvider resourceUrls;

	FaviconController(ResourceUrlProvider resourceUrls) {
		this.resourceUrls = resourceUrls;
	}

	@GetMapping("/favicon.ico")
	ResponseEntity<Void> favicon() {
		String icon = resourceUrls.getForLookupPath("/assets/favicon.svg");
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(URI.create(icon != null ? icon : "/assets/favicon.svg"))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)))
			.build();
	}

}
