package org.unionrights.accounts;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionrights.IntegrationTest;
import org.unionrights.audit.AuditLog;
import org.unionrights.common.DemoMode;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first administrator on an empty database, outside demo mode. Each test empties the
 * accounts inside a transaction that is rolled back.
 */
@IntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class AccountBootstrapTest {

	@Autowired
	UserAccounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	CountyDirectory counties;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	/** An empty database, as far as accounts go (rolled back after the test). */
	private void noAccounts() {
		// What refers to accounts goes first; all of it is rolled back after the test.
		jdbc.update("delete from legal_case");
		jdbc.update("delete from legal_team_member");
		accounts.deleteAll();
		accounts.flush();
	}

	private AccountBootstrap bootstrap(String configuredPassword) {
		return new AccountBootstrap(accounts, passwordEncoder, counties, auditLog, new DemoMode(false), clock,
				configuredPassword);
	}

	@Test
	void theConfiguredPasswordIsUsedAndNothingIsPrinted(CapturedOutput output) {
		noAccounts();
		assertThat(bootstrap("From-the-env-2026").createFirstAdmin()).isTrue();
		UserAccount admin = accounts.findByUsername("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.CITY_ADMIN);
		assertThat(passwordEncoder.matches("From-the-env-2026", admin.getPasswordHash())).isTrue();
		assertThat(passwordEncoder.matches("demo-12351", admin.getPasswordHash())).isFalse();
		assertThat(output.getOut()).doesNotContain("From-the-env-2026");
	}

	@Test
	void withoutAConfiguredPasswordOneIsGeneratedAndPrintedOnce(CapturedOutput output) {
		noAccounts();
		assertThat(bootstrap("").createFirstAdmin()).isTrue();
		Matcher printed = Pattern.compile("password:\\s+(\\S{16})").matcher(output.getOut());
		assertThat(printed.find()).isTrue();
		String password = printed.group(1);
		UserAccount admin = accounts.findByUsername("admin").orElseThrow();
		assertThat(passwordEncoder.matches(password, admin.getPasswordHash())).isTrue();
		assertThat(bootstrap("").createFirstAdmin()).isFalse();
		assertThat(Pattern.compile("password:\\s+\\S{16}").matcher(output.getOut()).results().count()).isEqualTo(1);
	}

	@Test
	void outsideDemoModeDemoPasswordsAreRetired(CapturedOutput output) {
		// The demo accounts of the test run still have the demo password.
		bootstrap("Retired-demo-2026").retireDemoPasswords();
		UserAccount admin = accounts.findByUsername("admin").orElseThrow();
		assertThat(admin.isEnabled()).isTrue();
		assertThat(passwordEncoder.matches("Retired-demo-2026", admin.getPasswordHash())).isTrue();
		assertThat(passwordEncoder.matches("demo-12351", admin.getPasswordHash())).isFalse();
		assertThat(accounts.findByUsername("city").orElseThrow().isEnabled()).isFalse();
		assertThat(accounts.findByUsername("lawyer").orElseThrow().isEnabled()).isFalse();
		assertThat(output.getOut()).contains("Disabled account 'city'");
	}

	@Test
	void nothingIsCreatedWhenAccountsExist() {
		long before = accounts.count();
		assertThat(bootstrap("Whatever-2026").createFirstAdmin()).isFalse();
		assertThat(accounts.count()).isEqualTo(before);
	}

}
