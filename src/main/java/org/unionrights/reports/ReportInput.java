package org.unionrights.reports;

import java.math.BigDecimal;

/**
 * What a county typed for one indicator.
 *
 * @param value the figure entered by hand, or an override of a computed one ({@code null}: none)
 * @param reason why a computed figure is overridden
 * @param shown the count the page showed, to notice one that changed before a submission
 */
public record ReportInput(BigDecimal value, String reason, BigDecimal shown) {

	public static final ReportInput NONE = new ReportInput(null, null, null);

}
