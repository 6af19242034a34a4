package org.unionrights.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.DemoMode;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.counties.CountyRef;
import org.unionrights.security.Role;

/**
 * At start: on an empty database, the first administrator — with the password from
 * {@code PORTAL_ADMIN_PASSWORD}, or a generated one printed once to the log. In demo mode, the
 * demo accounts listed in the README instead, all with the public demo password.
 */
@Component
@Order(0)
class AccountBootstrap implements ApplicationRunner {

	static final String ADMIN_USERNAME = "admin";

	/** Public, printed in the README: only ever used in demo mode, which listens on 127.0.0.1. */
	static final String DEMO_PASSWORD = "demo-12351";

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

	private static final List<String> DEMO_USERNAMES = List.of(ADMIN_USERNAME, "city", "weibin", "jintai", "lawyer");

	private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final CountyDirectory counties;

	private final AuditLog auditLog;

	private final DemoMode demoMode;

	private final Clock clock;

	private final String configuredAdminPassword;

	AccountBootstrap(UserAccounts accounts, PasswordEncoder passwordEncoder, CountyDirectory counties,
			AuditLog auditLog, DemoMode demoMode, Clock clock,
			@Value("${portal.admin.password:}") String configuredAdminPassword) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.counties = counties;
		this.auditLog = auditLog;
		this.demoMode = demoMode;
		this.clock = clock;
		this.configuredAdminPassword = configuredAdminPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (demoMode.isEnabled()) {
			createDemoAccounts();
		}
		else {
			createFirstAdmin();
			retireDemoPasswords();
		}
	}

	/**
	 * Creates the administrator when no account exists at all.
	 * @return whether one was created
	 */
	@Transactional
	public boolean createFirstAdmin() {
		if (accounts.count() > 0) {
			return false;
		}
		save(ADMIN_USERNAME, "系统管理员", Role.CITY_ADMIN, null, adminPassword("First start on an empty database"));
		return true;
	}

	/**
	 * Outside demo mode, an account that still has the public demo password (left from a demo run
	 * on the same database) must not face a network: the administrator gets a new password, as on
	 * a first start, and the other demo accounts are disabled.
	 */
	void retireDemoPasswords() {
		for (String username : DEMO_USERNAMES) {
			accounts.findByUsername(username)
				.filter(UserAccount::isEnabled)
				.filter(account -> passwordEncoder.matches(DEMO_PASSWORD, account.getPasswordHash()))
				.ifPresent(account -> {
					if (ADMIN_USERNAME.equals(username)) {
						account.changePassword(passwordEncoder.encode(adminPassword("Demo mode is off")), clock.instant());
						auditLog.record("ACCOUNT_PASSWORD_RESET", AccountService.subject(account),
								Detail.of("audit.detail.demoRetired"));
					}
					else {
						account.disable(clock.instant());
						auditLog.record("ACCOUNT_DISABLED", AccountService.subject(account),
								Detail.of("audit.detail.demoRetired"));
						log.warn("Disabled account '{}': it had the public demo password and demo mode is off", username);
					}
				});
		}
	}

	/** PORTAL_ADMIN_PASSWORD, or a generated password printed once to the log. */
	private String adminPassword(String why) {
		if (StringUtils.hasText(configuredAdminPassword)) {
			log.info("{}: the administrator '{}' has the password from PORTAL_ADMIN_PASSWORD", why, ADMIN_USERNAME);
			return configuredAdminPassword;
		}
		String password = generatePassword();
		log.warn("""

				==========================================================================
				 {}: the administrator account
				   user name: {}
				   password:  {}
				 This password is shown once. Sign in and change it, or set
				 PORTAL_ADMIN_PASSWORD before the start next time.
				==========================================================================""",
				why, ADMIN_USERNAME, password);
		return password;
	}

	private void createDemoAccounts() {
		Long weibin = countyId("610302");
		Long jintai = countyId("610303");
		List<DemoAccount> demo = List.of(new DemoAccount(ADMIN_USERNAME, "系统管理员", Role.CITY_ADMIN, null),
				new DemoAccount("city", "市总工会法律保障部 王敏", Role.CITY_STAFF, null),
				new DemoAccount("weibin", "渭滨区总工会 李强", Role.COUNTY_OFFICER, weibin),
				new DemoAccount("jintai", "金台区总工会 赵丽", Role.COUNTY_OFFICER, jintai),
				new DemoAccount("lawyer", "公益律师 陈静", Role.LAWYER, weibin));
		int created = 0;
		for (DemoAccount account : demo) {
			if (!accounts.existsByUsername(account.username())) {
				save(account.username(), account.displayName(), account.role(), account.countyId(), DEMO_PASSWORD);
				created++;
			}
		}
		log.info("Demo mode: {} demo accounts created, password '{}' (see README)", created, DEMO_PASSWORD);
	}

	private Long countyId(String code) {
		return counties.active().stream().filter(county -> code.equals(county.code())).map(CountyRef::id)
			.findFirst().orElse(null);
	}

	private void save(String username, String displayName, Role role, Long countyId, String password) {
		UserAccount account = accounts.save(new UserAccount(username, displayName, passwordEncoder.encode(password),
				role, countyId, clock.instant()));
		auditLog.record("ACCOUNT_CREATED", AccountService.subject(account),
				Detail.of("audit.detail.atStart", Detail.label("role." + role)));
	}

	private static String generatePassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.toString();
	}

	private record DemoAccount(String username, String displayName, Role role, Long countyId) {
	}

}
