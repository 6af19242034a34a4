package org.unionrights.security;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionrights.IntegrationTest;
import org.unionrights.security.PortalRecords.Endpoint;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint Spring knows (read from the handler mappings, so a new one cannot be forgotten)
 * called by each kind of caller, against the table below. Ids in the paths are real records of
 * the Weibin county (1) and of the demo lawyer's case; POSTs are sent with a CSRF token and no
 * fields (or a stale version), so they reach the check without changing anything that matters.
 * What a cell says: {@code login} (sent to sign in), {@code code} (a worker's page asks for the
 * tracking number and query code first), {@code 403}, {@code 404} (hidden), or the
 * status the caller got once let in ({@code 200}, {@code 302} elsewhere, {@code 400} for a
 * request without its fields).
 */
@IntegrationTest
class AuthorizationMatrixTest {

	/** The expected table: method and pattern, then anonymous, worker, lawyer, county, city, admin. */
	static final String EXPECTED = """
			GET /                                                     | anon=200 worker=200 lawyer=200 county=200 city=200 admin=200
			GET /admin/accounts                                       | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			POST /admin/accounts                                      | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			GET /admin/accounts/new                                   | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			POST /admin/accounts/{id}                                 | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			GET /admin/accounts/{id}/disable                          | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			POST /admin/accounts/{id}/disable                         | anon=login worker=login lawyer=403 county=403 city=403 admin=302
			GET /admin/accounts/{id}/edit                             | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			POST /admin/accounts/{id}/enable                          | anon=login worker=login lawyer=403 county=403 city=403 admin=302
			GET /admin/accounts/{id}/password                         | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			POST /admin/accounts/{id}/password                        | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			GET /admin/audit                                          | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			GET /admin/calendar                                       | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			POST /admin/calendar/days                                 | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			GET /admin/calendar/days/{day}/remove                     | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			POST /admin/calendar/days/{day}/remove                    | anon=login worker=login lawyer=403 county=403 city=403 admin=302
			POST /admin/calendar/years                                | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			GET /admin/indicators                                     | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			POST /admin/indicators                                    | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			POST /admin/indicators/{id:[0-9]+}                        | anon=login worker=login lawyer=403 county=403 city=403 admin=302
			POST /admin/indicators/{id:[0-9]+}/reinstate              | anon=login worker=login lawyer=403 county=403 city=403 admin=302
			POST /admin/indicators/{id:[0-9]+}/retire                 | anon=login worker=login lawyer=403 county=403 city=403 admin=302
			GET /admin/teams                                          | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			POST /admin/teams                                         | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			GET /admin/teams/{id}                                     | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			POST /admin/teams/{id}                                    | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			POST /admin/teams/{id}/activate                           | anon=login worker=login lawyer=403 county=403 city=403 admin=302
			GET /admin/teams/{id}/deactivate                          | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			POST /admin/teams/{id}/deactivate                         | anon=login worker=login lawyer=403 county=403 city=403 admin=302
			POST /admin/teams/{id}/members                            | anon=login worker=login lawyer=403 county=403 city=403 admin=200
			POST /admin/teams/{id}/members/{accountId}/remove         | anon=login worker=login lawyer=403 county=403 city=403 admin=302
			GET /cases                                                | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			POST /cases                                               | anon=login worker=login lawyer=403 county=404 city=404 admin=403
			GET /cases/export.{format}                                | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			GET /cases/new                                            | anon=login worker=login lawyer=400 county=400 city=400 admin=403
			GET /cases/{caseNo}                                       | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			POST /cases/{caseNo}/amounts                              | anon=login worker=login lawyer=302 county=409 city=409 admin=403
			POST /cases/{caseNo}/assignment                           | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /cases/{caseNo}/attachments                          | anon=login worker=login lawyer=302 county=302 city=302 admin=403
			GET /cases/{caseNo}/attachments/{id}                      | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			POST /cases/{caseNo}/chase                                | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /cases/{caseNo}/clocks                               | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			POST /cases/{caseNo}/close                                | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			POST /cases/{caseNo}/contacts                             | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			POST /cases/{caseNo}/entries                              | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			POST /cases/{caseNo}/escalate                             | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /cases/{caseNo}/evidence/{id}                         | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			POST /cases/{caseNo}/follow-up                            | anon=login worker=login lawyer=403 county=302 city=302 admin=403
			GET /cases/{caseNo}/history                               | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			POST /cases/{caseNo}/payments                             | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			GET /cases/{caseNo}/payments/{id}/void                    | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			POST /cases/{caseNo}/payments/{id}/void                   | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			GET /cases/{caseNo}/print                                 | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			POST /cases/{caseNo}/reopen                               | anon=login worker=login lawyer=403 county=403 city=200 admin=403
			POST /cases/{caseNo}/reveal                               | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			POST /cases/{caseNo}/steps                                | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			GET /cases/{caseNo}/steps/{id}/void                       | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			POST /cases/{caseNo}/steps/{id}/void                      | anon=login worker=login lawyer=200 county=200 city=200 admin=403
			GET /contracts                                            | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /contracts                                           | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /contracts/new                                        | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /contracts/{id:[0-9]+}                                | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /contracts/{id:[0-9]+}/document                       | anon=login worker=login lawyer=403 county=404 city=404 admin=403
			POST /contracts/{id:[0-9]+}/document                      | anon=login worker=login lawyer=403 county=302 city=302 admin=403
			POST /contracts/{id:[0-9]+}/stage                         | anon=login worker=login lawyer=403 county=302 city=302 admin=403
			GET /enterprises                                          | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /enterprises                                         | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /enterprises/employer                                 | anon=login worker=login lawyer=403 county=400 city=400 admin=403
			GET /enterprises/export.{format}                          | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /enterprises/figures                                  | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /enterprises/import                                   | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /enterprises/import                                  | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /enterprises/import/confirm                          | anon=login worker=login lawyer=403 county=302 city=302 admin=403
			GET /enterprises/import/template.{format}                 | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /enterprises/new                                      | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /enterprises/{id:[0-9]+}                              | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /enterprises/{id:[0-9]+}                             | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /enterprises/{id:[0-9]+}/edit                         | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /enterprises/{id:[0-9]+}/employers                   | anon=login worker=login lawyer=403 county=302 city=302 admin=403
			GET /favicon.ico                                          | anon=301 worker=301 lawyer=301 county=301 city=301 admin=301
			GET /groups                                               | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /groups                                              | anon=login worker=login lawyer=403 county=302 city=302 admin=403
			GET /groups/{id:[0-9]+}                                   | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /groups/{id:[0-9]+}/activities                       | anon=login worker=login lawyer=403 county=302 city=302 admin=403
			POST /groups/{id:[0-9]+}/members                          | anon=login worker=login lawyer=403 county=302 city=302 admin=403
			POST /groups/{id:[0-9]+}/opinions                         | anon=login worker=login lawyer=403 county=302 city=302 admin=403
			POST /groups/{id:[0-9]+}/opinions/{opinionId:[0-9]+}/answer| anon=login worker=login lawyer=403 county=302 city=302 admin=403
			GET /help/new                                             | anon=200 worker=200 lawyer=200 county=200 city=200 admin=200
			POST /help/new                                            | anon=302 worker=302 lawyer=302 county=302 city=302 admin=302
			GET /help/privacy                                         | anon=200 worker=200 lawyer=200 county=200 city=200 admin=200
			GET /help/receipt                                         | anon=200 worker=200 lawyer=200 county=200 city=200 admin=200
			GET /help/requests/{trackingNo}                           | anon=code worker=200 lawyer=code county=code city=code admin=code
			POST /help/requests/{trackingNo}/evidence                 | anon=code worker=302 lawyer=code county=code city=code admin=code
			POST /help/requests/{trackingNo}/messages                 | anon=code worker=200 lawyer=code county=code city=code admin=code
			POST /help/requests/{trackingNo}/rating                   | anon=code worker=200 lawyer=code county=code city=code admin=code
			GET /help/status                                          | anon=200 worker=200 lawyer=200 county=200 city=200 admin=200
			POST /help/status                                         | anon=200 worker=200 lawyer=200 county=200 city=200 admin=200
			GET /intake/new                                           | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /intake/new                                          | anon=login worker=login lawyer=403 county=302 city=302 admin=403
			GET /intake/receipt                                       | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /ledger                                               | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /ledger/export.{format}                               | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /login                                                | anon=200 worker=200 lawyer=302 county=302 city=302 admin=302
			GET /ping                                                 | anon=200 worker=200 lawyer=200 county=200 city=200 admin=200
			GET /reports                                              | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /reports                                             | anon=login worker=login lawyer=403 county=400 city=400 admin=403
			GET /reports/dashboard                                    | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /reports/dashboard/export.xlsx                        | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /reports/{id:[0-9]+}                                  | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /reports/{id:[0-9]+}                                 | anon=login worker=login lawyer=403 county=302 city=409 admin=403
			POST /reports/{id:[0-9]+}/approve                         | anon=login worker=login lawyer=403 county=403 city=302 admin=403
			GET /reports/{id:[0-9]+}/print                            | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /reports/{id:[0-9]+}/records/{indicatorId:[0-9]+}     | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /reports/{id:[0-9]+}/reopen                          | anon=login worker=login lawyer=403 county=403 city=302 admin=403
			POST /reports/{id:[0-9]+}/return                          | anon=login worker=login lawyer=403 county=403 city=302 admin=403
			GET /risks                                                | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /risks                                               | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /risks/new                                            | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /risks/{id:[0-9]+}                                    | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /risks/{id:[0-9]+}/close                             | anon=login worker=login lawyer=403 county=302 city=302 admin=403
			POST /risks/{id:[0-9]+}/link                              | anon=login worker=login lawyer=403 county=302 city=302 admin=403
			POST /risks/{id:[0-9]+}/steps                             | anon=login worker=login lawyer=403 county=302 city=302 admin=403
			GET /triage                                               | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /triage/export.csv                                    | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /triage/export.xlsx                                   | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /triage/requests/{trackingNo}                         | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /triage/requests/{trackingNo}/decline                | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /triage/requests/{trackingNo}/evidence/{id}           | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /triage/requests/{trackingNo}/merge                  | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /triage/requests/{trackingNo}/note                   | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /triage/requests/{trackingNo}/refer                  | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /triage/requests/{trackingNo}/reply                  | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			POST /triage/requests/{trackingNo}/reveal                 | anon=login worker=login lawyer=403 county=200 city=200 admin=403
			GET /workspace                                            | anon=login worker=login lawyer=302 county=302 city=302 admin=302
			GET /workspace/city                                       | anon=login worker=login lawyer=403 county=403 city=200 admin=403
			GET /workspace/county                                     | anon=login worker=login lawyer=403 county=200 city=403 admin=403
			GET /workspace/lawyer                                     | anon=login worker=login lawyer=200 county=403 city=403 admin=403
			POST /help/receipt/hide                                   | anon=code worker=code lawyer=code county=code city=code admin=code
			POST /help/requests/{trackingNo}/leave                    | anon=code worker=code lawyer=code county=code city=code admin=code
			""";

	static final String[] CALLERS = { "anon", "worker", "lawyer", "county", "city", "admin" };

	@Autowired
	ApplicationContext context;

	PortalRecords records;

	@BeforeEach
	void makeTheRecords() throws Exception {
		records = PortalRecords.made(context);
		records.lookUpAgain();
	}

	@Test
	void everyEndpointAnswersEachCallerAsTheTableSays() throws Exception {
		Map<String, String> actual = new TreeMap<>(Comparator.comparing(AuthorizationMatrixTest::order)
			.thenComparing(Comparator.naturalOrder()));
		List<Endpoint> endpoints = records.endpoints();
		// Called in the table's order, so that what one call changes (leaving a request) is the same each run.
		endpoints.sort(Comparator.comparing((Endpoint endpoint) -> order(endpoint.toString()))
			.thenComparing(Endpoint::toString));
		for (Endpoint endpoint : endpoints) {
			StringBuilder line = new StringBuilder();
			for (String caller : CALLERS) {
				line.append(String.format(" %s=%s", caller, outcome(endpoint, caller)));
			}
			actual.put(endpoint.toString(), line.toString().strip());
		}
		StringBuilder table = new StringBuilder();
		actual.forEach((endpoint, line) -> table.append(String.format("%-58s| %s%n", endpoint, line)));
				// A new endpoint, or one whose callers changed, shows here as the line to add or to look at.
		assertThat(table.toString().strip()).isEqualTo(EXPECTED.strip());
	}

	/**
	 * Object-level: an officer of another county and another lawyer (with a case of their own) get
	 * nothing of these records from any URL that names one (page, edit form, download, print,
	 * history, report, every action), and nothing of them in any export or list.
	 */
	@Test
	void anotherCountysOfficerAndAnotherLawyerGetNothingOfTheseRecords() throws Exception {
		List<String> marks = List.of(records.value("trackingNo"), records.value("caseNo"), "矩阵测试公司", "矩阵测试劳务公司",
				records.value("enterpriseName"));
		int checked = 0;
		org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
		for (Endpoint endpoint : records.endpoints()) {
			String pattern = endpoint.pattern();
			if (!pattern.contains("{") || pattern.startsWith("/help/") || pattern.startsWith("/admin/")
					|| pattern.contains("{format}")) {
				continue; // worker pages ask for the code; admin pages and exports are checked in the table and below
			}
			for (String other : List.of("matrix.jintai", "matrix.lawyer")) {
				MockHttpServletResponse response = records.call(endpoint, records.path(pattern), other);
				softly.assertThat(response.getStatus()).as(other + " " + endpoint).isIn(403, 404);
				softly.assertThat(response.getContentAsString()).as(other + " " + endpoint).doesNotContain(marks);
				checked++;
			}
		}
		softly.assertAll();
		assertThat(checked).as("id-taking endpoints times two").isGreaterThan(100);
		// Their own case they see, so the refusals above are about the records, not the callers.
		assertThat(records.call(new Endpoint(RequestMethod.GET, "/cases/{caseNo}"), "/cases/" + records.value("theirCase"),
				"matrix.lawyer").getStatus()).isEqualTo(200);
		// The same lists and exports do show them to their own county (so the absence below means something).
		assertThat(text(records.call(new Endpoint(RequestMethod.GET, "/triage/export.csv"), "/triage/export.csv?status=", "county")))
			.contains(records.value("trackingNo"));
		assertThat(text(records.call(new Endpoint(RequestMethod.GET, "/cases/export.csv"), "/cases/export.csv", "lawyer")))
			.contains(records.value("caseNo"));
		assertThat(text(records.call(new Endpoint(RequestMethod.GET, "/enterprises/export.csv"), "/enterprises/export.csv", "county")))
			.contains(records.value("enterpriseName"));
		for (String export : List.of("/triage/export.csv", "/triage/export.xlsx", "/cases/export.csv", "/ledger/export.csv",
				"/enterprises/export.csv", "/triage?status=", "/cases?status=", "/enterprises", "/contracts", "/groups",
				"/risks", "/reports", "/ledger", "/workspace/county", "/workspace/lawyer")) {
			for (String other : List.of("matrix.jintai", "matrix.lawyer")) {
				MockHttpServletResponse response = records.call(new Endpoint(RequestMethod.GET, export), export, other);
				assertThat(response.getStatus()).as(other + " " + export).isIn(200, 403);
				assertThat(text(response)).as(other + " " + export).doesNotContain(marks);
			}
		}
	}

	/** A response's text; a workbook's cells, read as a spreadsheet program would. */
	private static String text(MockHttpServletResponse response) throws Exception {
		if (response.getContentType() != null && response.getContentType().contains("spreadsheetml")) {
			try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
					new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
				StringBuilder cells = new StringBuilder();
				workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(cell).append('\t'))));
				return cells.toString();
			}
		}
		return response.getContentAsString();
	}

	/** GET before POST of the same path; leaving a request last (it ends the worker's access). */
	private static String order(String endpoint) {
		return (endpoint.contains("/leave") || endpoint.contains("/hide") ? "z" : "a") + endpoint.substring(endpoint.indexOf(' ') + 1);
	}

	private String outcome(Endpoint endpoint, String caller) throws Exception {
		MockHttpServletResponse response = records.call(endpoint, records.path(endpoint.pattern()), caller);
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		if (status == 302 && location != null && location.contains("/login")) {
			return "login";
		}
		if (status == 302 && location != null && location.startsWith("/help/status")) {
			return "code"; // asked for the tracking number and query code first
		}
		return Integer.toString(status);
	}

}
