/**
 * Chooses the database: an embedded PostgreSQL 17 kept in a folder when no
 * {@code spring.datasource.url} is configured, otherwise the configured server (Boot's own
 * auto-configuration). Nothing else in the portal knows which one it runs on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database",
		allowedDependencies = {})
package org.unionrights.database;
