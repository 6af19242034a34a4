package org.unionrights.intake.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unionrights.common.web.DisplayTime;
import org.unionrights.common.web.TableExport;
import org.unionrights.counties.CountyRef;
import org.unionrights.intake.ExportRow;

/**
 * The triage queue's export: its headings and labels in the user's language, head counts and
 * amounts as numbers; written by {@link TableExport}.
 */
@Component
class QueueExport {

	private static final String[] HEADINGS = { "receipt.trackingNo", "status.submitted", "status.county",
			"status.status", "status.category", "intake.channel", "status.employer", "help.contactName",
			"status.mobile", "triage.export.idNumber", "triage.flag.migrant", "triage.workers", "status.amountOwed" };

	private final MessageSource messages;

	private final DisplayTime times;

	QueueExport(MessageSource messages, DisplayTime times) {
		this.messages = messages;
		this.times = times;
	}

	/** The rows of the queue's export, as {@link TableExport} writes them. */
	void write(TableExport.Format format, List<ExportRow> rows, Map<Long, CountyRef> counties, Locale locale,
			OutputStream out) throws IOException {
		List<List<?>> cells = new ArrayList<>();
		for (ExportRow row : rows) {
			cells.add(cells(row, counties, locale));
		}
		TableExport.write(format, messages.getMessage("triage.title", null, locale), headings(locale), cells, out);
	}

	private List<String> headings(Locale locale) {
		List<String> headings = new ArrayList<>();
		for (String key : HEADINGS) {
			headings.add(messages.getMessage(key, null, locale));
		}
		return headings;
	}

	private List<?> cells(ExportRow row, Map<Long, CountyRef> counties, Locale locale) {
		CountyRef county = counties.get(row.countyId());
		return java.util.Arrays.asList(row.trackingNo(), times.format(row.submittedAt()), county == null ? "" : county.name(locale),
				messages.getMessage("status." + row.status(), null, locale),
				messages.getMessage("category." + row.category(), null, locale),
				messages.getMessage("channel." + row.channel(), null, locale), row.employerName(), row.contactName(),
				row.mobile(), row.idNumber() == null ? "" : row.idNumber(),
				row.migrantWorker() ? messages.getMessage("triage.export.yes", null, locale) : "",
				row.workersAffected(), row.amountOwed());
	}

}
