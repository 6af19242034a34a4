package org.unionrights.enterprises;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionrights.common.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of a "1+3" group, without Spring.
 */
class EnterpriseGroupTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private static EnterpriseView enterprise(long id, EnterpriseSize size, LocalDate union) {
		return new EnterpriseView(id, 1, "企业" + id, CreditCodes.of(id), Industry.LOGISTICS, size, 20, union, false, false,
				true, Instant.EPOCH, "weibin", Instant.EPOCH, 0);
	}

	private static final EnterpriseView LEAD = enterprise(1, EnterpriseSize.MEDIUM, LocalDate.of(2020, 1, 1));

	private static EnterpriseGroup group() {
		return new EnterpriseGroup(LEAD, false, "张联络员", TODAY.minusMonths(6), TODAY, "weibin", Instant.EPOCH);
	}

	private static void refused(Runnable action, String code) {
		assertThatThrownBy(action::run).isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).getCode())
			.isEqualTo(code);
	}

	@Test
	void theLeadMustHaveAUnionAndBeInNoActiveGroup() {
		refused(() -> new EnterpriseGroup(enterprise(2, EnterpriseSize.MEDIUM, null), false, "张", TODAY, TODAY, "w",
				Instant.EPOCH), "group.lead.noUnion");
		refused(() -> new EnterpriseGroup(LEAD, true, "张", TODAY, TODAY, "w", Instant.EPOCH), "group.alreadyInGroup");
	}

	@Test
	void aMemberIsSmallOrMicroWithoutAUnionAndInNoOtherGroup() {
		EnterpriseGroup group = group();
		LocalDate joined = TODAY.minusMonths(5);
		refused(() -> group.addMember(enterprise(2, EnterpriseSize.SMALL, LocalDate.of(2021, 1, 1)), false, joined, TODAY),
				"group.member.hasUnion");
		refused(() -> group.addMember(enterprise(3, EnterpriseSize.MEDIUM, null), false, joined, TODAY),
				"group.member.size");
		refused(() -> group.addMember(enterprise(4, EnterpriseSize.MICRO, null), true, joined, TODAY),
				"group.alreadyInGroup");
		refused(() -> group.addMember(LEAD, false, joined, TODAY), "group.alreadyInGroup");
		refused(() -> group.addMember(enterprise(5, EnterpriseSize.MICRO, null), false, TODAY.minusYears(1), TODAY),
				"group.member.date");
		group.addMember(enterprise(5, EnterpriseSize.MICRO, null), false, joined, TODAY);
		refused(() -> group.addMember(enterprise(5, EnterpriseSize.MICRO, null), false, joined, TODAY),
				"group.alreadyInGroup");
	}

	@Test
	void aFourthMemberIsRefused() {
		EnterpriseGroup group = group();
		for (long id = 10; id < 13; id++) {
			group.addMember(enterprise(id, EnterpriseSize.SMALL, null), false, TODAY, TODAY);
		}
		refused(() -> group.addMember(enterprise(13, EnterpriseSize.SMALL, null), false, TODAY, TODAY), "group.full");
	}

	@Test
	void aMemberThatFoundsItsUnionIsTheGroupsSuccess() {
		EnterpriseGroup group = group();
		group.addMember(enterprise(20, EnterpriseSize.SMALL, null), false, TODAY.minusMonths(5), TODAY);
		group.addMember(enterprise(21, EnterpriseSize.MICRO, null), false, TODAY.minusMonths(5), TODAY);
		// 20 founded its union three months after joining; 21 has none.
		Map<Long, LocalDate> founded = Map.of(20L, TODAY.minusMonths(2));
		assertThat(group.founded(founded::get)).containsExactly(20L);
	}

}
