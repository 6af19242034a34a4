package org.unionrights.intake.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.unionrights.common.AttemptLimiter;
import org.unionrights.common.AttemptLimits;

/**
 * The abuse limits of the public forms. Raised by configuration for load tests, never switched
 * off in code.
 *
 * @param submissionsPerAddress requests one client address may file per window
 * @param submissionWindow the window for submissions (and for uploads)
 * @param uploadsPerAddress form posts carrying files one client address may make per window
 * @param lookupFailuresPerNumber wrong codes for one tracking number per window
 * @param lookupFailuresPerAddress failed look-ups from one client address per window
 * @param lookupWindow the window for look-ups
 */
@ConfigurationProperties("portal.intake.limits")
record IntakeLimits(int submissionsPerAddress, Duration submissionWindow, int uploadsPerAddress,
		int lookupFailuresPerNumber, int lookupFailuresPerAddress, Duration lookupWindow) {

	AttemptLimiter submissions(AttemptLimits limits) {
		return limits.limiter("submission-address", submissionsPerAddress, submissionWindow);
	}

	AttemptLimiter uploads(AttemptLimits limits) {
		return limits.limiter("upload-address", uploadsPerAddress, submissionWindow);
	}

	AttemptLimiter lookupsPerNumber(AttemptLimits limits) {
		return limits.limiter("lookup-number", lookupFailuresPerNumber, lookupWindow);
	}

	AttemptLimiter lookupsPerAddress(AttemptLimits limits) {
		return limits.limiter("lookup-address", lookupFailuresPerAddress, lookupWindow);
	}

}
