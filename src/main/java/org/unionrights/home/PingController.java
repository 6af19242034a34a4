package org.unionrights.home;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The smallest answer the portal gives: no database, no template. Load balancers may use it as a
 * liveness check, and the benchmarks use it as the web stack's ceiling on the machine.
 */
@RestController
class PingController {

	@GetMapping("/ping")
	ResponseEntity<String> ping() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).cacheControl(CacheControl.noStore()).body("ok");
	}

}
