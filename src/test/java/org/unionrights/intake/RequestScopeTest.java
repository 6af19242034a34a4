package org.unionrights.intake;

import java.lang.reflect.Field;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.unionrights.security.PortalUser;
import org.unionrights.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each scope means for a request: at triage the city or one county; a lawyer the request of
 * their own case, asked of the cases module; anyone else nothing.
 */
class RequestScopeTest {

	private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

	/** The cases module's answer: lawyer 7 carries the case of request 100. */
	private static final CaseHandlers HANDLERS = (lawyer, request) -> lawyer == 7 && request == 100;

	private static HelpRequest request(long id, long countyId) throws ReflectiveOperationException {
		NewHelpRequest details = HelpRequestTest.wages();
		HelpRequest request = new HelpRequest("WQ-2026-" + id, "hash", "token-" + id, Channel.WEB, null,
				new NewHelpRequest(details.category(), details.description(), details.employerName(), null, countyId,
						null, details.contactName(), details.contactMobile(), null, false, null, 1, details.wages(), null),
				NOW);
		Field field = HelpRequest.class.getDeclaredField("id");
		field.setAccessible(true);
		field.set(request, id);
		return request;
	}

	private static PortalUser user(long accountId, Role role, Long countyId) {
		return new PortalUser(accountId, "u" + accountId, "", "某人", role, countyId, true, true);
	}

	@Test
	void cityStaffOpenEveryRequestAndTriageEveryCounty() throws ReflectiveOperationException {
		PortalUser city = user(1, Role.CITY_STAFF, null);
		assertThat(RequestScope.allows(city.scope(), request(100, 3), HANDLERS)).isTrue();
		assertThat(RequestScope.coversCounty(city.scope(), 5)).isTrue();
	}

	@Test
	void aCountyOfficerOpensAndTriagesTheirCountysRequestsOnly() throws ReflectiveOperationException {
		PortalUser officer = user(2, Role.COUNTY_OFFICER, 3L);
		assertThat(RequestScope.allows(officer.scope(), request(100, 3), HANDLERS)).isTrue();
		assertThat(RequestScope.allows(officer.scope(), request(101, 4), HANDLERS)).isFalse();
		assertThat(RequestScope.coversCounty(officer.scope(), 3)).isTrue();
		assertThat(RequestScope.coversCounty(officer.scope(), 4)).isFalse();
	}

	@Test
	void aLawyerOpensTheRequestOfTheirOwnCaseAndTriagesNothing() throws ReflectiveOperationException {
		assertThat(RequestScope.allows(user(7, Role.LAWYER, 3L).scope(), request(100, 3), HANDLERS)).isTrue();
		assertThat(RequestScope.allows(user(7, Role.LAWYER, 3L).scope(), request(101, 3), HANDLERS)).isFalse();
		assertThat(RequestScope.allows(user(8, Role.LAWYER, 3L).scope(), request(100, 3), HANDLERS)).isFalse();
		assertThat(RequestScope.coversCounty(user(7, Role.LAWYER, 3L).scope(), 3)).isFalse();
	}

	@Test
	void anOfficerWithoutACountyAndTheAdministratorOpenNothing() throws ReflectiveOperationException {
		for (PortalUser nobody : new PortalUser[] { user(2, Role.COUNTY_OFFICER, null), user(9, Role.CITY_ADMIN, null) }) {
			assertThat(RequestScope.allows(nobody.scope(), request(100, 3), HANDLERS)).isFalse();
			assertThat(RequestScope.coversCounty(nobody.scope(), 3)).isFalse();
		}
	}

	@Test
	void staffFileWithinTheirScopeAndWorkersAnywhere() {
		PortalUser officer = user(2, Role.COUNTY_OFFICER, 3L);
		Submission byOfficer = Submission.byStaff(officer, Channel.HOTLINE, "t", "c");
		assertThat(byOfficer.mayFileIn(3)).isTrue();
		assertThat(byOfficer.mayFileIn(4)).isFalse();
		assertThat(byOfficer.maySeeRequestsIn(4)).isFalse();
		assertThat(Submission.byStaff(user(1, Role.CITY_STAFF, null), Channel.HOTLINE, "t", "c").mayFileIn(4)).isTrue();
		assertThat(Submission.byStaff(user(7, Role.LAWYER, 3L), Channel.HOTLINE, "t", "c").mayFileIn(3)).isFalse();
		Submission web = Submission.web("t", "c");
		assertThat(web.mayFileIn(4)).isTrue();
		assertThat(web.maySeeRequestsIn(4)).as("a worker never learns of another request").isFalse();
	}

}
