package org.unionrights.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions in PostgreSQL (Spring Session JDBC, V39). Two requests of one session at once (a double
 * click) may both add the same attribute; Spring Session writes a new attribute with a plain
 * INSERT, and the second would fail on the key. Here the second one replaces the first instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	static final String UPSERT_ATTRIBUTE = "INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, "
			+ "ATTRIBUTE_BYTES) VALUES (?, ?, ?) ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) "
			+ "DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentAttributes() {
		return repository -> repository.setCreateSessionAttributeQuery(UPSERT_ATTRIBUTE);
	}

}
