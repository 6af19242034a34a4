package org.unionrights.security;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each user may see, decided in one place: every role, a county officer without a county,
 * and accounts that may not sign in.
 */
class ScopeTest {

	private static PortalUser user(Role role, Long countyId) {
		return user(role, countyId, true, true);
	}

	private static PortalUser user(Role role, Long countyId, boolean enabled, boolean notLocked) {
		return new PortalUser(42, "someone", "", "某人", role, countyId, enabled, notLocked);
	}

	/** Which of the four a scope is, and the id it carries. */
	private static String described(Scope scope) {
		return scope.fold(() -> "city", countyId -> "county " + countyId, accountId -> "cases of " + accountId,
				() -> "nothing");
	}

	@Test
	void cityStaffSeeTheWholeCity() {
		Scope scope = user(Role.CITY_STAFF, null).scope();
		assertThat(described(scope)).isEqualTo("city");
		assertThat(scope.isWholeCity()).isTrue();
		assertThat(scope.onlyCounty()).isEmpty();
	}

	@Test
	void aCountyOfficerSeesTheirCountyOnly() {
		Scope scope = user(Role.COUNTY_OFFICER, 3L).scope();
		assertThat(described(scope)).isEqualTo("county 3");
		assertThat(scope.isWholeCity()).isFalse();
		assertThat(scope.onlyCounty()).isEqualTo(OptionalLong.of(3));
		assertThat(scope).isEqualTo(user(Role.COUNTY_OFFICER, 3L).scope()).isNotEqualTo(user(Role.COUNTY_OFFICER, 4L).scope());
	}

	@Test
	void aCountyOfficerWithoutACountySeesNothingNotTheCity() {
		Scope scope = user(Role.COUNTY_OFFICER, null).scope();
		assertThat(described(scope)).isEqualTo("nothing");
		assertThat(scope.isWholeCity()).isFalse();
		assertThat(scope.onlyCounty()).isEmpty();
	}

	@Test
	void aLawyerSeesTheirOwnCasesWhateverTheirCounty() {
		assertThat(described(user(Role.LAWYER, null).scope())).isEqualTo("cases of 42");
		assertThat(described(user(Role.LAWYER, 3L).scope())).isEqualTo("cases of 42");
		assertThat(user(Role.LAWYER, 3L).scope().onlyCounty()).isEmpty();
		assertThat(user(Role.LAWYER, null).scope().isWholeCity()).isFalse();
	}

	@Test
	void theAdministratorKeepsAccountsAndSeesNoCaseOrRequest() {
		assertThat(described(user(Role.CITY_ADMIN, null).scope())).isEqualTo("nothing");
	}

	@Test
	void anAccountThatMayNotSignInSeesNothing() {
		for (Role role : Role.values()) {
			assertThat(described(user(role, 3L, false, true).scope())).as("disabled " + role).isEqualTo("nothing");
			assertThat(described(user(role, 3L, true, false).scope())).as("locked " + role).isEqualTo("nothing");
		}
	}

}
