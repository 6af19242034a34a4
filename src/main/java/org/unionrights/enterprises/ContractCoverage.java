package org.unionrights.enterprises;

/**
 * Whom a collective contract covers: one enterprise, or the many small firms of a region or an
 * industry. Labels: {@code contractCoverage.<NAME>}.
 */
public enum ContractCoverage {

	ENTERPRISE, REGIONAL, INDUSTRY

}
