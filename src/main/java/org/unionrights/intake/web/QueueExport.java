package org.unionrights.intake.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unionrights.common.web.DisplayTime;
import org.unionrights.counties.CountyRef;
import org.unionrights.intake.ExportRow;

/**
 * Writes an export of the triage queue as CSV (UTF-8 with a byte-order mark, so that Excel shows
 * Chinese) or XLSX, with headings and labels in the user's language. A cell that a spreadsheet
 * would take for a formula is written as text.
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

	void csv(List<ExportRow> rows, Map<Long, CountyRef> counties, Locale locale, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		writeLine(writer, headings(locale));
		for (ExportRow row : rows) {
			writeLine(writer, cells(row, counties, locale));
		}
		writer.flush();
	}

	void xlsx(List<ExportRow> rows, Map<Long, CountyRef> counties, Locale locale, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(messages.getMessage("triage.title", null, locale));
			write(sheet.createRow(0), headings(locale));
			int index = 1;
			for (ExportRow row : rows) {
				write(sheet.createRow(index++), cells(row, counties, locale));
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	private List<String> headings(Locale locale) {
		List<String> headings = new ArrayList<>();
		for (String key : HEADINGS) {
			headings.add(messages.getMessage(key, null, locale));
		}
		return headings;
	}

	private List<String> cells(ExportRow row, Map<Long, CountyRef> counties, Locale locale) {
		CountyRef county = counties.get(row.countyId());
		return List.of(row.trackingNo(), times.format(row.submittedAt()), county == null ? "" : county.name(locale),
				messages.getMessage("status." + row.status(), null, locale),
				messages.getMessage("category." + row.category(), null, locale),
				messages.getMessage("channel." + row.channel(), null, locale), row.employerName(), row.contactName(),
				row.mobile(), row.idNumber() == null ? "" : row.idNumber(),
				row.migrantWorker() ? messages.getMessage("triage.export.yes", null, locale) : "",
				Integer.toString(row.workersAffected()), row.amountOwed() == null ? "" : row.amountOwed().toPlainString());
	}

	private static void write(Row row, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(values.get(i));
		}
	}

	private static void writeLine(Writer writer, List<String> values) throws IOException {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(quote(values.get(i)));
		}
		writer.write("\r\n");
	}

	/** RFC 4180 quoting, and a leading apostrophe where Excel would see a formula. */
	static String quote(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
