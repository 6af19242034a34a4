package org.unionrights.common.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two saves at the very same moment: the later one gets the 409 page, not a 500.
 */
class ConcurrentSavesTest {

	@Test
	void aLostRaceIsAConflict() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new ConcurrentSaves().conflict(response);
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.isCommitted()).isTrue();
	}

}
