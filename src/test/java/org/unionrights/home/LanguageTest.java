package org.unionrights.home;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.unionrights.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LanguageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theHomePageIsInChineseByDefaultAndTellsWorkersHowToGetHelp() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"zh-CN\">")))
			.andExpect(content().string(containsString("工会帮您依法维权")))
			.andExpect(content().string(containsString("href=\"tel:12351\"")))
			.andExpect(content().string(containsString("演示环境")));
	}

	@Test
	void englishIsChosenWithLangAndRemembered() throws Exception {
		MvcResult first = mvc.perform(get("/").param("lang", "en"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("The union helps you claim your rights")))
			.andReturn();
		Cookie remembered = first.getResponse().getCookie("portal-lang");
		assertThat(remembered).isNotNull();
		assertThat(remembered.isHttpOnly()).isTrue();
		mvc.perform(get("/login").cookie(remembered))
			.andExpect(content().string(containsString("Staff login")))
			.andExpect(content().string(not(containsString("工作人员登录"))));
	}

	@Test
	void anUnsupportedLanguageFallsBackToChinese() throws Exception {
		mvc.perform(get("/").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"zh-CN\">")));
	}

	@Test
	void staticAssetsComeFromTheAppNeverFromACdn() throws Exception {
		mvc.perform(get("/"))
			.andExpect(content().string(containsString("/webjars/bootstrap/")))
			.andExpect(content().string(not(containsString("https://"))))
			.andExpect(content().string(not(containsString("<script>"))));
	}

}
