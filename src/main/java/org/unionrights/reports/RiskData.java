package org.unionrights.reports;

/**
 * A risk as reported: the county (city staff choose it; an officer's is their own), what kind,
 * how serious, the enterprise by its credit code when registered or else by name, workers affected
 * and what happened.
 */
public record RiskData(Long countyId, RiskKind kind, RiskLevel level, String enterpriseCode, String enterpriseName,
		int workersAffected, String description) {
}
