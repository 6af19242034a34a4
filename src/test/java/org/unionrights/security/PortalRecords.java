package org.unionrights.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unionrights.DemoUsers;
import org.unionrights.accounts.AccountService;
import org.unionrights.accounts.NewAccount;
import org.unionrights.cases.CaseFixtures;
import org.unionrights.files.TestFiles;
import org.unionrights.intake.HelpForms;
import org.unionrights.teams.LawyerKind;
import org.unionrights.teams.TeamKind;
import org.unionrights.teams.TeamService;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Real records for every path variable of the portal, made once per test run: a Weibin request
 * with a photo that a worker's session has looked up with its code, a Weibin case of the demo
 * lawyer with a step, a payment and a document, the county's registry records, a monthly report,
 * a risk, an account and a team to administer; and the other side (an officer of Jintai, a lawyer
 * with a case of their own). With them any endpoint's pattern becomes a path that names something
 * real, and any endpoint can be called as any caller.
 */
final class PortalRecords {

	private static PortalRecords made;

	private final MockMvc mvc;

	private final UserDetailsService users;

	private MockHttpSession worker;

	private final Map<String, String> values;

	private final RequestMappingHandlerMapping mappings;

	private PortalRecords(MockMvc mvc, UserDetailsService users, RequestMappingHandlerMapping mappings,
			MockHttpSession worker, Map<String, String> values) {
		this.mvc = mvc;
		this.mappings = mappings;
		this.users = users;
		this.worker = worker;
		this.values = values;
	}

	/** The records, made on the first call of the run. */
	static synchronized PortalRecords made(ApplicationContext context) throws Exception {
		if (made == null) {
			made = make(context.getBean(MockMvc.class), context.getBean(JdbcTemplate.class),
					context.getBean(UserDetailsService.class), context.getBean(TeamService.class),
					context.getBean(AccountService.class),
					context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
		}
		return made;
	}

	/** A record's id or number by name: trackingNo, caseNo, enterprise, theirCase, enterpriseName, … */
	String value(String name) {
		return values.get(name);
	}

	/** The session of the worker who looked the request up. */
	MockHttpSession worker() {
		return worker;
	}

	/**
	 * A new worker's session that has looked the request up with its code, replacing the one a
	 * test may have ended (the matrix sends "leave this request"): each test starts from the same.
	 */
	void lookUpAgain() throws Exception {
		worker = lookUp(mvc, values.get("trackingNo"), values.get("queryCode"));
	}

	private static MockHttpSession lookUp(MockMvc mvc, String trackingNo, String code) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/help/status").session(session).with(csrf()).param("trackingNo", trackingNo)
			.param("queryCode", code).with(r -> {
				r.setRemoteAddr(HelpForms.newAddress());
				return r;
			})).andExpect(status().isFound());
		return session;
	}

	private static PortalRecords make(MockMvc mvc, JdbcTemplate jdbc, UserDetailsService users, TeamService teams,
			AccountService accounts, RequestMappingHandlerMapping mappings) throws Exception {
		CaseFixtures cases = new CaseFixtures(mvc, users, teams, accounts);
		Map<String, String> values = new LinkedHashMap<>();
		HelpForms.Filed filed = HelpForms.wagesWithPhoto(mvc, "13600009001", "矩阵测试公司甲");
		String request = filed.trackingNo();
		values.put("trackingNo", request);
		values.put("queryCode", filed.queryCode());
		// The worker looks the request up with its code, as on another day: the session may see it.
		MockHttpSession worker = lookUp(mvc, request, filed.queryCode());
		values.put("requestEvidence", jdbc.queryForObject("select e.id from evidence_file e join help_request r on "
				+ "r.id = e.request_id where r.tracking_no = ?", Long.class, request).toString());
		String caseRequest = HelpForms.wagesWithPhoto(mvc, "13600009002", "矩阵测试公司乙").trackingNo();
		String caseNo = cases.open(caseRequest, cases.assignment(cases.team(CaseFixtures.WEIBIN_STATION),
				DemoUsers.LAWYER), DemoUsers.COUNTY_OFFICER);
		values.put("caseNo", caseNo);
		String page = "/cases/" + caseNo;
		mvc.perform(post(page + "/steps").with(cases.as(DemoUsers.LAWYER)).with(csrf()).param("step", "MEDIATION_APPLIED")
			.param("stepDate", java.time.LocalDate.now().toString())).andExpect(status().isFound());
		mvc.perform(post(page + "/payments").with(cases.as(DemoUsers.LAWYER)).with(csrf()).param("paymentKind", "PAYMENT")
			.param("paidOn", java.time.LocalDate.now().toString()).param("amount", "100").param("payer", "矩阵测试公司乙"))
			.andExpect(status().isFound());
		mvc.perform(multipart(page + "/attachments").file(new MockMultipartFile("file", "协议.pdf", "application/pdf",
				TestFiles.pdf())).with(cases.as(DemoUsers.LAWYER)).with(csrf())).andExpect(status().isFound());
		values.put("caseStep", one(jdbc, "select s.id from case_step s join legal_case c on c.id = s.case_id where c.case_no = ?", caseNo));
		values.put("casePayment", one(jdbc, "select p.id from case_payment p join legal_case c on c.id = p.case_id where c.case_no = ?", caseNo));
		values.put("caseAttachment", one(jdbc, "select a.id from case_attachment a join legal_case c on c.id = a.case_id where c.case_no = ?", caseNo));
		values.put("caseEvidence", one(jdbc, "select e.id from evidence_file e join help_request r on r.id = e.request_id "
				+ "where r.tracking_no = ?", caseRequest));
		values.put("enterprise", one(jdbc, "select min(id) from enterprise where county_id = 1"));
		values.put("contract", one(jdbc, "select min(id) from collective_contract where county_id = 1"));
		values.put("group", one(jdbc, "select min(id) from enterprise_group where county_id = 1"));
		values.put("opinion", one(jdbc, "select min(o.id) from group_opinion o join enterprise_group g on g.id = o.group_id where g.county_id = 1"));
		mvc.perform(post("/reports").with(cases.as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("month", "2019-01"))
			.andExpect(status().isFound());
		values.put("report", one(jdbc, "select id from monthly_report where county_id = 1 and month = '2019-01-01'"));
		values.put("indicator", one(jdbc, "select min(id) from indicator"));
		String risk = mvc.perform(post("/risks").with(cases.as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("kind", "WAGE_ARREARS").param("level", "URGENT").param("enterpriseName", "矩阵测试劳务公司")
			.param("workersAffected", "12").param("description", "矩阵测试：工人说两个月没发工资"))
			.andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		values.put("risk", risk.substring(risk.lastIndexOf('/') + 1));
		long account = accounts.create(new NewAccount("matrix.account", "矩阵账户", Role.LAWYER, null, "Matrix-pass-2026")).id();
		values.put("account", Long.toString(account));
		long team = teams.create("矩阵测试团", TeamKind.LAWYER_TEAM, null).id();
		teams.addMember(team, account, LawyerKind.PRO_BONO);
		values.put("team", Long.toString(team));
		// The other side: an officer of Jintai (county 2) and a lawyer with cases of their own elsewhere.
		accounts.create(new NewAccount("matrix.jintai", "金台矩阵干部", Role.COUNTY_OFFICER, 2L, "Matrix-pass-2026"));
		long otherLawyer = accounts.create(new NewAccount("matrix.lawyer", "矩阵律师乙", Role.LAWYER, 2L, "Matrix-pass-2026")).id();
		long otherTeam = teams.create("金台矩阵律师团", TeamKind.LAWYER_TEAM, 2L).id();
		teams.addMember(otherTeam, otherLawyer, LawyerKind.PRO_BONO);
		String theirs = cases.file(2, "13600009003", "矩阵乙方自己的公司");
		values.put("theirCase", cases.open(theirs, otherTeam + ":" + otherLawyer, DemoUsers.CITY_STAFF));
		values.put("enterpriseName", jdbc.queryForObject("select name from enterprise where id = ?", String.class,
				Long.parseLong(values.get("enterprise"))));
		return new PortalRecords(mvc, users, mappings, worker, values);
	}

	private static String one(JdbcTemplate jdbc, String sql, Object... args) {
		Long id = jdbc.queryForObject(sql, Long.class, args);
		assertThat(id).as(sql).isNotNull();
		return id.toString();
	}

	record Endpoint(RequestMethod method, String pattern) {

		@Override
		public String toString() {
			return method + " " + pattern;
		}

	}

	/** Every endpoint of the handler mappings but the container's error page. */
	List<Endpoint> endpoints() {
		List<Endpoint> all = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				if (pattern.equals("/error")) {
					continue; // the container's error page, shown to everyone
				}
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					all.add(new Endpoint(method, pattern));
				}
			}
		}
		return all;
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)(:[^}]*)?}");

	/** The pattern with each variable replaced by the record it names in that place. */
	String path(String pattern) {
		Matcher variables = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String before = pattern.substring(0, variables.start());
			variables.appendReplacement(path, Matcher.quoteReplacement(value(variables.group(1), before)));
		}
		variables.appendTail(path);
		return path.toString();
	}

	private String value(String variable, String before) {
		return switch (variable) {
			case "format" -> "csv";
			case "trackingNo", "caseNo" -> values.get(variable);
			case "day" -> "2099-12-31";
			case "accountId" -> values.get("account");
			case "opinionId" -> values.get("opinion");
			case "indicatorId" -> values.get("indicator");
			case "id" -> {
				if (before.startsWith("/cases/")) {
					yield values.get(before.endsWith("/steps/") ? "caseStep" : before.endsWith("/payments/") ? "casePayment"
							: before.endsWith("/attachments/") ? "caseAttachment" : "caseEvidence");
				}
				if (before.startsWith("/triage/")) {
					yield values.get("requestEvidence");
				}
				if (before.startsWith("/admin/")) {
					yield values.get(before.startsWith("/admin/accounts") ? "account"
							: before.startsWith("/admin/teams") ? "team" : "indicator");
				}
				String feature = before.substring(1, before.indexOf('/', 1));
				yield values.get(switch (feature) {
					case "enterprises" -> "enterprise";
					case "contracts" -> "contract";
					case "groups" -> "group";
					case "reports" -> "report";
					case "risks" -> "risk";
					default -> throw new IllegalStateException("No record for {id} in " + before);
				});
			}
			default -> throw new IllegalStateException("No record for {" + variable + "} in " + before);
		};
	}

	/** One request as one caller: a demo role's user, a named account, the worker's session, or nobody. */
	MockHttpServletResponse call(Endpoint endpoint, String path, String caller) throws Exception {
		MockHttpServletRequestBuilder request = switch (endpoint.method()) {
			case GET -> get(path);
			case POST -> post(path).with(csrf());
			default -> throw new IllegalStateException(endpoint.toString());
		};
		request = switch (caller) {
			case "anon" -> request;
			case "worker" -> request.session(worker);
			default -> request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(users.loadUserByUsername(switch (caller) {
					case "lawyer" -> DemoUsers.LAWYER;
					case "county" -> DemoUsers.COUNTY_OFFICER;
					case "city" -> DemoUsers.CITY_STAFF;
					case "admin" -> DemoUsers.ADMIN;
					default -> caller;
				})));
		};
		return mvc.perform(request).andReturn().getResponse();
	}

}
