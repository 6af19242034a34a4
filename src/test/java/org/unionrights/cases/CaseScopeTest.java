package org.unionrights.cases;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.unionrights.intake.AcceptedRequest;
import org.unionrights.intake.RequestCategory;
import org.unionrights.security.PortalUser;
import org.unionrights.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each scope means for a case: city staff all, a county officer their county's, a lawyer
 * the cases assigned to them, anyone else none; and the same as a condition of the ledger's SQL.
 */
class CaseScopeTest {

	/** A case of county 3, assigned to lawyer 7. */
	private static final LegalCase CASE = new LegalCase("AJ-2026-000001", new AcceptedRequest(1, "WQ-2026-000001", 3,
			RequestCategory.WAGES, "某公司", "name:某公司", 1, false, BigDecimal.TEN, "张三"), 1, 7, "city",
			Instant.parse("2026-11-28T02:00:00Z"));

	private static PortalUser user(long accountId, Role role, Long countyId) {
		return new PortalUser(accountId, "u" + accountId, "", "某人", role, countyId, true, true);
	}

	@Test
	void eachRoleSeesItsOwnCases() {
		assertThat(CaseScope.allows(user(1, Role.CITY_STAFF, null).scope(), CASE)).isTrue();
		assertThat(CaseScope.allows(user(2, Role.COUNTY_OFFICER, 3L).scope(), CASE)).isTrue();
		assertThat(CaseScope.allows(user(2, Role.COUNTY_OFFICER, 4L).scope(), CASE)).isFalse();
		assertThat(CaseScope.allows(user(7, Role.LAWYER, 4L).scope(), CASE)).as("assigned, whatever the county").isTrue();
		assertThat(CaseScope.allows(user(8, Role.LAWYER, 3L).scope(), CASE)).isFalse();
		assertThat(CaseScope.allows(user(2, Role.COUNTY_OFFICER, null).scope(), CASE)).isFalse();
		assertThat(CaseScope.allows(user(9, Role.CITY_ADMIN, null).scope(), CASE)).isFalse();
		assertThat(CaseScope.allows(new PortalUser(7, "u7", "", "某人", Role.LAWYER, null, false, true).scope(), CASE))
			.as("a disabled lawyer")
			.isFalse();
	}

	@Test
	void theLedgersConditionNamesOneCountyOneLawyerAllOrNone() {
		assertThat(CaseScope.Sql.of(user(1, Role.CITY_STAFF, null).scope())).isEqualTo(new CaseScope.Sql("true", 0));
		assertThat(CaseScope.Sql.of(user(2, Role.COUNTY_OFFICER, 3L).scope()))
			.isEqualTo(new CaseScope.Sql("c.county_id = :scope", 3));
		assertThat(CaseScope.Sql.of(user(7, Role.LAWYER, 3L).scope()))
			.isEqualTo(new CaseScope.Sql("c.lawyer_account_id = :scope", 7));
		assertThat(CaseScope.Sql.of(user(2, Role.COUNTY_OFFICER, null).scope())).isEqualTo(new CaseScope.Sql("false", 0));
	}

}
