package org.unionrights.intake;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RosterTest {

	@Test
	void readsLinesPastedFromASpreadsheetWithAHeader() {
		Roster roster = Roster.parse("姓名\t手机\t金额\n张三\t13800138000\t5000\n李四\t13900139000\t3200.50\n");
		assertThat(roster.problems()).isEmpty();
		assertThat(roster.lines()).containsExactly(
				new Roster.Line("张三", "13800138000", new BigDecimal("5000.00")),
				new Roster.Line("李四", "13900139000", new BigDecimal("3200.50")));
		assertThat(roster.total()).isEqualByComparingTo("8200.50");
	}

	@Test
	void readsSpreadsheetAmountsWithThousandsSeparators() {
		Roster roster = Roster.parse("张三\t13800138000\t8,000.00\n李四\t\t12,500\n");
		assertThat(roster.problems()).isEmpty();
		assertThat(roster.lines().get(1).mobile()).isNull();
		assertThat(roster.total()).isEqualByComparingTo("20500");
	}

	@Test
	void readsTypedLinesWithCommasOrSpacesAndWithoutMobile() {
		Roster roster = Roster.parse("王五，13700137000，1500元\r\n赵六 2000\n\n孙七,,800.5");
		assertThat(roster.problems()).isEmpty();
		assertThat(roster.lines()).extracting(Roster.Line::name).containsExactly("王五", "赵六", "孙七");
		assertThat(roster.lines().get(1).mobile()).isNull();
		assertThat(roster.total()).isEqualByComparingTo("4300.50");
	}

	@Test
	void reportsEachBadLineWithItsNumber() {
		Roster roster = Roster.parse("张三 13800138000 5000\n李四 12345 3000\n王五 13900139000 -5\n赵六 13900139000 12.345\n"
				+ "a b c d\n" + "x".repeat(51) + " 100");
		assertThat(roster.lines()).hasSize(1);
		assertThat(roster.problems()).containsExactly(new Roster.Problem(2, "roster.line.mobile"),
				new Roster.Problem(3, "roster.line.amount"), new Roster.Problem(4, "roster.line.amount"),
				new Roster.Problem(5, "roster.line.fields"), new Roster.Problem(6, "roster.line.name"));
	}

	@Test
	void acceptsTwoHundredLinesAndNoMore() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 200; i++) {
			text.append("工人").append(i).append("\t13800138000\t100\n");
		}
		assertThat(Roster.parse(text.toString()).lines()).hasSize(200);
		assertThat(Roster.parse(text.toString()).total()).isEqualByComparingTo("20000");
		text.append("多一个\t13800138000\t100\n");
		Roster tooLong = Roster.parse(text.toString());
		assertThat(tooLong.problems()).containsExactly(new Roster.Problem(201, "roster.tooMany"));
	}

	@Test
	void blankTextIsAnEmptyRoster() {
		assertThat(Roster.parse("  \n ").isEmpty()).isTrue();
		assertThat(Roster.parse(null).total()).isEqualByComparingTo("0");
	}

	@Test
	void theTotalDiffersFromTheClaimOnlyWhenBothAreThere() {
		Roster roster = Roster.parse("张三 13800138000 8000\n李四 13900139000 8000");
		assertThat(roster.totalDiffersFrom(new BigDecimal("16000.00"))).isFalse();
		assertThat(roster.totalDiffersFrom(new BigDecimal("16000"))).as("the same amount, other scale").isFalse();
		assertThat(roster.totalDiffersFrom(new BigDecimal("24000"))).isTrue();
		assertThat(roster.totalDiffersFrom(null)).isFalse();
		assertThat(Roster.empty().totalDiffersFrom(new BigDecimal("24000"))).isFalse();
	}

	@Test
	void takesAPhoneOrACheckedIdNumberPerLine() {
		// Wage lists and labour inspection name workers by ID number; a lower-case x is read as X.
		Roster roster = Roster.parse("姓名\t身份证号\t金额\n张三\t11010519491231002x\t5000\n李四\t13900139000\t3000\n王五\t\t2000");
		assertThat(roster.problems()).isEmpty();
		assertThat(roster.lines()).containsExactly(
				new Roster.Line("张三", null, "11010519491231002X", new BigDecimal("5000.00")),
				new Roster.Line("李四", "13900139000", null, new BigDecimal("3000.00")),
				new Roster.Line("王五", null, null, new BigDecimal("2000.00")));
		// A wrong check character is an ID number mistyped, not a bad phone number.
		assertThat(Roster.parse("张三 110105194912310021 5000").problems())
			.containsExactly(new Roster.Problem(1, "roster.line.idNumber"));
		assertThat(Roster.parse("张三 1380013800 5000").problems())
			.containsExactly(new Roster.Problem(1, "roster.line.mobile"));
	}

	@Test
	void readsFullWidthSpacesAsAChinesePhoneKeyboardTypesThem() {
		Roster roster = Roster.parse("张三\u300013800138000\u30008000");
		assertThat(roster.problems()).isEmpty();
		assertThat(roster.total()).isEqualByComparingTo("8000");
	}

}
