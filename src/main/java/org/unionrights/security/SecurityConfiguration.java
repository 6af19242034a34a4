package org.unionrights.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.unionrights.common.AttemptLimits;

/**
 * The one filter chain: public pages, role areas, form login with its throttle, and the headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Pages anyone may open without an account. */
	static final String[] PUBLIC_PATHS = { "/", "/login", "/error", "/assets/**", "/webjars/**",
			"/favicon.ico", "/actuator/health", "/actuator/health/**", "/help/**", "/ping" };

	/** No page asks for a camera, microphone, location, payment or device: none may. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), midi=()";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, LoginAttempts loginAttempts, SessionRegistry sessionRegistry,
			ApplicationContext context, AttemptLimits limits,
			@Value("${portal.security.login.max-failures}") int failuresPerAccount,
			@Value("${portal.security.login.max-failures-per-address}") int failuresPerAddress,
			@Value("${portal.security.login.window}") Duration window) throws Exception {
		RequestMatcher knownPages = new KnownPages(context);
		LoginThrottle throttle = new LoginThrottle(limits, failuresPerAccount, failuresPerAddress, window);
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			// An address that is no page of the portal is answered 404, signed in or not.
			.requestMatchers(request -> !knownPages.matches(request))
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.CITY_ADMIN.name())
			.requestMatchers("/workspace/city/**")
			.hasRole(Role.CITY_STAFF.name())
			.requestMatchers("/workspace/county/**")
			.hasRole(Role.COUNTY_OFFICER.name())
			.requestMatchers("/workspace/lawyer/**")
			.hasRole(Role.LAWYER.name())
			.requestMatchers("/cases/**")
			.hasAnyRole(Role.CITY_STAFF.name(), Role.COUNTY_OFFICER.name(), Role.LAWYER.name())
			.requestMatchers("/intake/**", "/triage/**", "/ledger/**", "/enterprises/**", "/contracts/**", "/groups/**",
					"/reports/**", "/risks/**")
			.hasAnyRole(Role.CITY_STAFF.name(), Role.COUNTY_OFFICER.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new StartPageSuccessHandler(loginAttempts, throttle))
				.failureHandler(new LoginFailureHandler(loginAttempts, throttle)))
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.csrfTokenRequestHandler(new TolerantCsrfTokenHandler()))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new StaleForms())
				.authenticationEntryPoint(new SignInFirst("/login")))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
				.sessionConcurrency(concurrency -> concurrency.maximumSessions(-1)
					.sessionRegistry(sessionRegistry)
					.expiredUrl("/login?expired")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	/**
	 * Who is signed in where, so that a changed account's sessions can be ended: read from the
	 * sessions in PostgreSQL, by principal name, so that it sees every instance's sessions.
	 */
	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Passwords checked against the accounts' {@code UserDetailsService}; whether an account is
	 * locked or disabled is checked only after its password was right, so that a stranger's wrong
	 * password learns nothing of it (by default Spring checks it first).
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks(account -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return provider;
	}

}
