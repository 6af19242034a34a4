package org.unionrights.accounts;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.unionrights.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UserAccountTest {

	private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

	private static UserAccount officer() {
		return new UserAccount(" Weibin.Li ", " 李强 ", "{noop}x", Role.COUNTY_OFFICER, 1L, NOW);
	}

	@Test
	void userNameIsStoredTrimmedAndLowerCase() {
		UserAccount account = officer();
		assertThat(account.getUsername()).isEqualTo("weibin.li");
		assertThat(account.getDisplayName()).isEqualTo("李强");
	}

	@Test
	void wrongPasswordsAreCountedAndLockNothing() {
		UserAccount account = officer();
		for (int i = 1; i <= 10; i++) {
			assertThat(account.recordFailedLogin()).isEqualTo(i);
		}
		assertThat(account.isLockedAt(NOW)).isFalse();
		assertThat(account.getLockedUntil()).isNull();
	}

	@Test
	void successfulLoginClearsTheCount() {
		UserAccount account = officer();
		account.recordFailedLogin();
		account.recordFailedLogin();
		account.recordSuccessfulLogin();
		assertThat(account.getFailedLogins()).isZero();
		assertThat(account.recordFailedLogin()).isEqualTo(1);
	}

	@Test
	void countyOfficerNeedsACounty() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UserAccount("x.y", "X", "{noop}x", Role.COUNTY_OFFICER, null, NOW));
		UserAccount account = officer();
		assertThatIllegalArgumentException().isThrownBy(() -> account.assign(Role.COUNTY_OFFICER, null, NOW));
		assertThat(account.getCountyId()).isEqualTo(1L);
	}

	@Test
	void cityRolesBelongToNoCountyAndLawyersMay() {
		UserAccount account = officer();
		account.assign(Role.CITY_STAFF, 3L, NOW);
		assertThat(account.getCountyId()).isNull();
		account.assign(Role.LAWYER, 3L, NOW);
		assertThat(account.getCountyId()).isEqualTo(3L);
		account.assign(Role.LAWYER, null, NOW);
		assertThat(account.getCountyId()).isNull();
	}

}
