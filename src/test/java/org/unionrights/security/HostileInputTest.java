package org.unionrights.security;

import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.intake.HelpForms;
import org.unionrights.security.PortalRecords.Endpoint;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every form of every page, as each kind of user sees it (the pages are found from the handler
 * mappings, on the records of {@link PortalRecords}), is sent with every text field holding
 * script, a very long string, control characters, SQL metacharacters or characters outside the
 * Basic Multilingual Plane; the other fields keep what the page put in them (a record's version is
 * sent stale, so that edits of shared records are refused after the input is read). No answer may be a
 * server error, show the script unescaped, or show a message with an unfilled {@code {0}} or a
 * missing key ({@code ??key??}); nor may any page walked.
 */
@IntegrationTest
class HostileInputTest {

	static final Map<String, String> PAYLOADS = new LinkedHashMap<>();

	static final String SCRIPT = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";

	static {
		PAYLOADS.put("script", SCRIPT);
		PAYLOADS.put("long", "长".repeat(20_000));
		PAYLOADS.put("control", "a\u0000b\u0007c\u001b[31m\u0085d\r\n");
		PAYLOADS.put("sql", "' OR '1'='1'; DROP TABLE help_request; -- %_\\");
		PAYLOADS.put("non-BMP", "𠮷野家😀𝕏");
	}

	/** Callers whose pages are walked: the worker (with the request looked up) and each staff role. */
	static final List<String> CALLERS = List.of("worker", DemoUsers.LAWYER, DemoUsers.COUNTY_OFFICER,
			DemoUsers.CITY_STAFF, DemoUsers.ADMIN);

	/** Types of input a person types text into. */
	static final Set<String> TEXT_TYPES = Set.of("", "text", "search", "tel", "email", "url", "password");

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void everyTextFieldOfEveryFormTakesHostileInputWithoutHarm() throws Exception {
		PortalRecords records = PortalRecords.made(context);
		records.lookUpAgain();
		SoftAssertions softly = new SoftAssertions();
		Set<String> sent = new HashSet<>();
		int fields = 0;
		int pages = 0;
		for (String caller : CALLERS) {
			List<String> paths = new java.util.ArrayList<>();
			for (Endpoint endpoint : records.endpoints()) {
				if (endpoint.method() == RequestMethod.GET && isPage(endpoint.pattern())) {
					paths.add(records.path(endpoint.pattern()));
				}
			}
			// Forms that a page shows only once a choice is made in its address.
			for (String category : List.of("WAGES", "INJURY", "OTHER")) {
				paths.add("/help/new?category=" + category);
				paths.add("/intake/new?category=" + category);
			}
			paths.add("/cases/new?request=" + records.value("trackingNo"));
			for (String path : paths) {
				Endpoint endpoint = new Endpoint(RequestMethod.GET, path);
				MockHttpServletResponse page = records.call(endpoint, path, matrixName(caller));
				if (page.getStatus() != 200 || page.getContentType() == null || !page.getContentType().startsWith("text/html")) {
					continue;
				}
				softly.assertThat(page.getContentAsString()).as(caller + " GET " + path).doesNotContain("{0}", "??");
				pages++;
				Document document = Jsoup.parse(page.getContentAsString(), "http://localhost" + path);
				for (Element form : document.select("form")) {
					String action = URI.create(form.absUrl("action").isEmpty() ? "http://localhost" + path : form.absUrl("action"))
						.getPath();
					String method = form.attr("method").isEmpty() ? "get" : form.attr("method").toLowerCase();
					List<Element> texts = form.select("input, textarea").stream().filter(HostileInputTest::isText).toList();
					if (texts.isEmpty() || ends(action) || !sent.add(caller + " " + method + " " + action)) {
						continue;
					}
					fields += texts.size();
					for (Map.Entry<String, String> payload : PAYLOADS.entrySet()) {
						MockHttpServletResponse answer = mvc.perform(request(form, method, action, payload.getValue(), caller,
								records)).andReturn().getResponse();
						String what = caller + " " + method.toUpperCase() + " " + action + " (from " + path + ") with "
								+ payload.getKey();
						softly.assertThat(answer.getStatus()).as(what).isLessThan(500);
						String body = answer.getContentAsString();
						softly.assertThat(body).as(what).doesNotContain("<script>alert(1)</script>", "onerror=alert(2)>");
						softly.assertThat(body).as(what).doesNotContain("{0}", "??");
					}
				}
			}
		}
		softly.assertAll();
		System.out.printf("Hostile input: %d pages read, %d forms, %d text fields, %d requests sent%n", pages, sent.size(),
				fields, sent.size() * PAYLOADS.size());
		// The walk reached the forms there are: the help form, look-up, triage, case sections, registries,
		// reports, risks, administration.
		assertThat(pages).as("pages read").isGreaterThan(100);
		assertThat(sent).as("forms sent").hasSizeGreaterThan(60);
		assertThat(fields).as("text fields").isGreaterThan(150);
	}

	/** A page with forms, not a file, export or print-out. */
	private static boolean isPage(String pattern) {
		return !pattern.contains("{format}") && !pattern.contains("export") && !pattern.contains("/attachments/")
				&& !pattern.contains("/evidence/") && !pattern.endsWith("/document") && !pattern.equals("/favicon.ico");
	}

	/**
	 * Forms not sent: those that end what the walk stands on (signing out, a worker leaving the
	 * request, hiding the receipt), and adding a figure to the monthly report, which would add a
	 * line to every county's report that other tests read.
	 */
	private static boolean ends(String action) {
		return action.equals("/logout") || action.endsWith("/leave") || action.endsWith("/receipt/hide")
				|| action.equals("/admin/indicators");
	}

	private static boolean isText(Element input) {
		return input.tagName().equals("textarea")
				|| (TEXT_TYPES.contains(input.attr("type").toLowerCase()) && !input.attr("name").isEmpty());
	}

	private static String matrixName(String caller) {
		return switch (caller) {
			case DemoUsers.LAWYER -> "lawyer";
			case DemoUsers.COUNTY_OFFICER -> "county";
			case DemoUsers.CITY_STAFF -> "city";
			case DemoUsers.ADMIN -> "admin";
			default -> caller;
		};
	}

	/** The form as its page would send it, every text field holding the payload; from an address of its own. */
	private AbstractMockHttpServletRequestBuilder<?> request(Element form, String method, String action, String payload,
			String caller, PortalRecords records) {
		boolean multipart = form.attr("enctype").equalsIgnoreCase("multipart/form-data");
		AbstractMockHttpServletRequestBuilder<?> request = method.equals("post") ? (multipart ? multipart(action) : post(action))
				: get(action);
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			String name = field.attr("name");
			if (name.equals("_csrf") || field.attr("type").equalsIgnoreCase("file")) {
				continue;
			}
			if (isText(field)) {
				request.param(name, payload);
			}
			else if (name.equals("version")) {
				// A stale version: the form comes back (with what was typed) and shared records stay as they are.
				request.param(name, "-1");
			}
			else if (field.tagName().equals("select")) {
				Element chosen = field.selectFirst("option[selected]");
				chosen = chosen == null ? field.selectFirst("option") : chosen;
				if (chosen != null) {
					request.param(name, chosen.attr("value"));
				}
			}
			else if (!field.attr("type").equalsIgnoreCase("checkbox") && !field.attr("type").equalsIgnoreCase("radio")
					|| field.hasAttr("checked")) {
				request.param(name, field.attr("value"));
			}
		}
		request.with(r -> {
			r.setRemoteAddr(HelpForms.newAddress());
			return r;
		});
		if (method.equals("post")) {
			request.with(csrf());
		}
		return caller.equals("worker") ? request.session(records.worker())
				: request.with(user(users.loadUserByUsername(caller)));
	}

}
