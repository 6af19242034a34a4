package org.unionrights.common.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Every table the portal exports, as CSV (UTF-8 with a byte-order mark, so that Excel shows
 * Chinese) or XLSX. A number ({@link Number}: counts, amounts) is a number cell in XLSX, so that a
 * SUM adds it up; amounts keep two decimals. A text a spreadsheet would take for a formula is
 * written as text. Headings and labels come in the user's language from the caller.
 */
public final class TableExport {

	/** The two formats, by the extension of the address ({@code export.csv}, {@code export.xlsx}). */
	public enum Format {

		CSV("text/csv;charset=UTF-8", "csv"),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

		private final String contentType;

		private final String extension;

		Format(String contentType, String extension) {
			this.contentType = contentType;
			this.extension = extension;
		}

		public String extension() {
			return extension;
		}

		/** The format an address ends with ({@code csv}, {@code xlsx}); none for anything else. */
		public static Optional<Format> of(String extension) {
			return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
		}

	}

	private TableExport() {
	}

	/** Sets the headers of a download named {@code <name>-<day>.<extension>}, kept out of caches. */
	public static void prepare(HttpServletResponse response, Format format, String name, LocalDate day) {
		response.setContentType(format.contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name + "-" + day + "." + format.extension).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
	}

	/** Writes the table: a heading row, then one row per element; a cell is a text, a number or {@code null}. */
	public static void write(Format format, String sheetName, List<String> headings, Iterable<? extends List<?>> rows,
			OutputStream out) throws IOException {
		if (format == Format.CSV) {
			csv(headings, rows, out);
		}
		else {
			xlsx(sheetName, headings, rows, out);
		}
	}

	private static void csv(List<String> headings, Iterable<? extends List<?>> rows, OutputStream out)
			throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		writeLine(writer, headings);
		for (List<?> row : rows) {
			writeLine(writer, row);
		}
		writer.flush();
	}

	/** One sheet of a workbook: its name, headings and rows. */
	public record Sheet(String name, List<String> headings, Iterable<? extends List<?>> rows) {
	}

	/** Writes several tables as the sheets of one XLSX workbook, in order. */
	public static void workbook(List<Sheet> sheets, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			for (Sheet table : sheets) {
				org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(table.name());
				Row heading = sheet.createRow(0);
				for (int i = 0; i < table.headings().size(); i++) {
					heading.createCell(i).setCellValue(table.headings().get(i));
				}
				int index = 1;
				for (List<?> values : table.rows()) {
					Row row = sheet.createRow(index++);
					for (int i = 0; i < values.size(); i++) {
						cell(row.createCell(i), values.get(i), money);
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	private static void xlsx(String sheetName, List<String> headings, Iterable<? extends List<?>> rows,
			OutputStream out) throws IOException {
		workbook(List.of(new Sheet(sheetName, headings, rows)), out);
	}

	private static void cell(Cell cell, Object value, CellStyle money) {
		if (value instanceof BigDecimal amount) {
			cell.setCellValue(amount.doubleValue());
			cell.setCellStyle(money);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value != null) {
			cell.setCellValue(value.toString());
		}
	}

	private static void writeLine(Writer writer, List<?> values) throws IOException {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			Object value = values.get(i);
			writer.write(value instanceof BigDecimal amount ? amount.toPlainString()
					: value instanceof Number number ? number.toString() : quote(value == null ? "" : value.toString()));
		}
		writer.write("\r\n");
	}

	/** RFC 4180 quoting, and a leading apostrophe where Excel would see a formula. */
	public static String quote(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
