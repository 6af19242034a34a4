package org.unionrights.accounts;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.unionrights.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UserAccountTest {

	private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

	private static final Duration LOCK = Duration.ofMinutes(15);

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
	void fifthFailureInARowLocksUntilTheLockRunsOut() {
		UserAccount account = officer();
		for (int i = 1; i <= 4; i++) {
			assertThat(account.recordFailedLogin(5, LOCK, NOW.plusSeconds(i))).isFalse();
		}
		assertThat(account.isLockedAt(NOW.plusSeconds(5))).isFalse();
		assertThat(account.recordFailedLogin(5, LOCK, NOW.plusSeconds(5))).isTrue();
		assertThat(account.getLockedUntil()).isEqualTo(NOW.plusSeconds(5).plus(LOCK));
		assertThat(account.isLockedAt(NOW.plusSeconds(5).plus(LOCK).minusMillis(1))).isTrue();
		assertThat(account.isLockedAt(NOW.plusSeconds(5).plus(LOCK))).isFalse();
	}

	@Test
	void failuresWhileLockedDoNotExtendTheLock() {
		UserAccount account = officer();
		for (int i = 0; i < 5; i++) {
			account.recordFailedLogin(5, LOCK, NOW);
		}
		Instant until = account.getLockedUntil();
		assertThat(account.recordFailedLogin(5, LOCK, NOW.plusSeconds(60))).isTrue();
		assertThat(account.getLockedUntil()).isEqualTo(until);
	}

	@Test
	void afterALockRunsOutCountingStartsOver() {
		UserAccount account = officer();
		for (int i = 0; i < 5; i++) {
			account.recordFailedLogin(5, LOCK, NOW);
		}
		Instant later = NOW.plus(LOCK).plusSeconds(1);
		assertThat(account.recordFailedLogin(5, LOCK, later)).isFalse();
		assertThat(account.getFailedLogins()).isEqualTo(1);
		assertThat(account.getLockedUntil()).isNull();
	}

	@Test
	void successfulLoginClearsTheCount() {
		UserAccount account = officer();
		account.recordFailedLogin(5, LOCK, NOW);
		account.recordFailedLogin(5, LOCK, NOW);
		account.recordSuccessfulLogin();
		assertThat(account.getFailedLogins()).isZero();
		for (int i = 0; i < 4; i++) {
			assertThat(account.recordFailedLogin(5, LOCK, NOW)).isFalse();
		}
	}

	@Test
	void newPasswordAndEnablingLiftALock() {
		UserAccount account = officer();
		for (int i = 0; i < 5; i++) {
			account.recordFailedLogin(5, LOCK, NOW);
		}
		account.changePassword("{noop}y", NOW);
		assertThat(account.isLockedAt(NOW)).isFalse();
		for (int i = 0; i < 5; i++) {
			account.recordFailedLogin(5, LOCK, NOW);
		}
		account.disable(NOW);
		account.enable(NOW);
		assertThat(account.isEnabled()).isTrue();
		assertThat(account.isLockedAt(NOW)).isFalse();
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
