package org.unionrights.common.web;

import org.junit.jupiter.api.Test;
import org.unionrights.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static files live under {@code /assets/} and {@code /webjars/}: their links carry a content hash
 * and are cached for a week, while every other link a page builds is left alone instead of being
 * looked up in the jar as a possible file.
 */
@IntegrationTest
class StaticAssetsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Test
	void pageLinksAreNotLookedUpAsStaticFiles() {
		assertThat(resourceUrls.getHandlerMap().keySet()).containsExactlyInAnyOrder("/assets/**", "/webjars/**");
		assertThat(resourceUrls.getForLookupPath("/help/status")).isNull();
		assertThat(resourceUrls.getForLookupPath("/assets/css/portal.css"))
			.matches("/assets/css/portal-[0-9a-f]{32}\\.css");
	}

	@Test
	void pagesLinkTheirStylesWithAContentHashThatIsServedAndCached() throws Exception {
		String page = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("href=\"/assets/css/portal-[0-9a-f]{32}\\.css\"")
			.contains("href=\"/webjars/bootstrap/");
		String hashed = resourceUrls.getForLookupPath("/assets/css/portal.css");
		mvc.perform(get(hashed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("{")))
			.andExpect(header().string("Cache-Control", matchesPattern("max-age=604800.*")));
	}

	@Test
	void theFaviconThatBrowsersAskForIsTheLinkedIconNotANotFound() throws Exception {
		String page = mvc.perform(get("/help/new")).andReturn().getResponse().getContentAsString();
		String icon = resourceUrls.getForLookupPath("/assets/favicon.svg");
		assertThat(page).contains("rel=\"icon\" type=\"image/svg+xml\" href=\"" + icon + "\"");
		mvc.perform(get("/favicon.ico"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/assets/favicon.svg"));
		mvc.perform(get("/assets/favicon.svg"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("image/svg+xml")))
			.andExpect(content().string(containsString("<svg")));
	}

}
