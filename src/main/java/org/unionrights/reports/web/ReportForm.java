package org.unionrights.reports.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.unionrights.reports.ReportInput;

/**
 * A report's figures as typed, by indicator id: the value (a hand figure or an override of a
 * count), the reason of an override, and the count the page showed. Kept as typed on an error.
 */
public class ReportForm {

	/** The largest figure a report holds (numeric(16, 2)). */
	static final BigDecimal MAX = new BigDecimal("99999999999999.99");

	private long version;

	private Map<String, String> value = new HashMap<>();

	private Map<String, String> reason = new HashMap<>();

	private Map<String, String> shown = new HashMap<>();

	/** The inputs by indicator id; a value that is no number, negative or too large is refused beside its field. */
	Map<Long, ReportInput> inputs(BindingResult result) {
		Map<Long, ReportInput> inputs = new HashMap<>();
		java.util.Set<String> ids = new java.util.HashSet<>(value.keySet());
		ids.addAll(reason.keySet());
		for (String key : ids) {
			long id;
			try {
				id = Long.parseLong(key);
			}
			catch (NumberFormatException ex) {
				continue;
			}
			String reasonText = reason.get(key);
			if (reasonText != null && reasonText.length() > 500) {
				result.rejectValue("reason[" + key + "]", "report.reason.long");
			}
			inputs.put(id, new ReportInput(number(value.get(key), "value[" + key + "]", result), reasonText,
					number(shown.get(key), null, null)));
		}
		return inputs;
	}

	private static BigDecimal number(String text, String field, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String plain = text.strip().replace(",", "").replace("，", "");
		if (!plain.matches("[0-9]{1,20}(\\.[0-9]{1,10})?")) {
			if (plain.matches("-[0-9.]+")) {
				if (result != null) {
					result.rejectValue(field, "report.value.range");
				}
				return null;
			}
			if (result != null) {
				result.rejectValue(field, "report.value.number");
			}
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(plain);
			if (number.signum() < 0 || number.compareTo(MAX) > 0) {
				if (result != null) {
					result.rejectValue(field, "report.value.range");
				}
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			if (result != null) {
				result.rejectValue(field, "report.value.number");
			}
			return null;
		}
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Map<String, String> getValue() {
		return value;
	}

	public void setValue(Map<String, String> value) {
		this.value = value;
	}

	public Map<String, String> getReason() {
		return reason;
	}

	public void setReason(Map<String, String> reason) {
		this.reason = reason;
	}

	public Map<String, String> getShown() {
		return shown;
	}

	public void setShown(Map<String, String> shown) {
		this.shown = shown;
	}

}
