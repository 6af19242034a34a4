package org.unionrights.intake;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the roster parser: whatever is pasted, it neither throws nor accepts a line it
 * cannot account for, and a roster written line by line is read back exactly.
 */
class RosterProperties {

	record Written(String name, String mobile, BigDecimal amount) {

		String line(String separator) {
			return name + separator + mobile + separator + amount.toPlainString();
		}

	}

	@Property
	void aRosterWrittenLineByLineIsReadBackExactly(@ForAll("rosters") @Size(min = 1, max = 60) List<Written> written,
			@ForAll("separators") String separator) {
		String text = String.join("\n", written.stream().map(line -> line.line(separator)).toList());

		Roster roster = Roster.parse(text);

		assertThat(roster.problems()).isEmpty();
		assertThat(roster.lines()).hasSize(written.size());
		for (int i = 0; i < written.size(); i++) {
			assertThat(roster.lines().get(i).name()).isEqualTo(written.get(i).name());
			assertThat(roster.lines().get(i).mobile()).isEqualTo(written.get(i).mobile());
			assertThat(roster.lines().get(i).amount()).isEqualByComparingTo(written.get(i).amount());
		}
		assertThat(roster.total())
			.isEqualByComparingTo(written.stream().map(Written::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	@Property(tries = 500)
	void anythingPastedIsReadWithoutThrowingAndEveryLineIsAcceptedOrNamedAsAProblem(@ForAll String pasted) {
		Roster roster = Roster.parse(pasted);

		// At most one outcome per row (any line break the parser knows: \R), whatever the row holds.
		int rows = pasted.split("\\R", -1).length;
		assertThat(roster.lines().size() + roster.problems().size()).isLessThanOrEqualTo(rows);
		assertThat(roster.lines()).allSatisfy(line -> {
			assertThat(line.name()).isNotBlank().hasSizeLessThanOrEqualTo(Roster.MAX_NAME);
			assertThat(line.amount().signum()).isPositive();
		});
		assertThat(roster.lines().size()).isLessThanOrEqualTo(Roster.MAX_LINES);
	}

	@Provide
	Arbitrary<List<Written>> rosters() {
		Arbitrary<String> names = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(2).ofMaxLength(4);
		Arbitrary<String> mobiles = Arbitraries.strings().numeric().ofLength(8).map(rest -> "138" + rest);
		Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals()
			.between(new BigDecimal("0.01"), new BigDecimal("999999.99"))
			.ofScale(2);
		return Combinators.combine(names, mobiles, amounts).as(Written::new).list();
	}

	@Provide
	Arbitrary<String> separators() {
		return Arbitraries.of("\t", " ", "  ", "，", ",");
	}

}
