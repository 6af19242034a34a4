package org.unionrights.enterprises;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.unionrights.common.RuleViolationException;

/**
 * The rows of an import file, CSV (UTF-8, with or without a byte-order mark, or GB18030 as Excel
 * saves it in China) read with Apache Commons CSV, or XLSX (the first sheet) read with POI: a
 * heading row, then one enterprise a row, each with its line number. A file that is neither, is
 * empty or is too large is refused with a message key ({@code enterprises.import.*}).
 */
final class ImportFile {

	/** The largest file taken: a registry of a county fits many times over. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The most rows one import takes. */
	static final int MAX_ROWS = 5_000;

	/** The most lines, blank ones included, read from a file before it is refused. */
	static final int MAX_RECORDS = 50_000;

	/** The most bytes an XLSX may unpack to: a sheet of 5,000 rows is a few megabytes. */
	static final long MAX_UNPACKED = 64L * 1024 * 1024;

	/** One row: its line number in the file (the heading is line 1) and its cells by heading. */
	record Line(int number, List<String> cells) {

		String cell(int column) {
			return column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
		}

		boolean isBlank() {
			return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
		}

	}

	/** The heading row and the rows under it. */
	record Table(List<String> headings, List<Line> lines) {
	}

	static {
		org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_UNPACKED);
	}

	private ImportFile() {
	}

	static Table read(String fileName, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new RuleViolationException("file", "enterprises.import.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new RuleViolationException("file", "enterprises.import.tooLarge");
		}
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
		Table table;
		if (zip && name.endsWith(".xlsx")) {
			table = xlsx(bytes);
		}
		else if (!zip && name.endsWith(".csv") && isText(bytes)) {
			table = csv(text(bytes));
		}
		else {
			throw new RuleViolationException("file", "enterprises.import.type");
		}
		List<Line> rows = table.lines().stream().filter(line -> !line.isBlank()).toList();
		if (table.headings().isEmpty() || rows.isEmpty()) {
			throw new RuleViolationException("file", "enterprises.import.noRows");
		}
		if (rows.size() > MAX_ROWS) {
			throw new RuleViolationException("file", "enterprises.import.tooManyRows");
		}
		return new Table(table.headings(), rows);
	}

	private static Table csv(String text) {
		// Read record by record, so that a file of blank lines stops at the cap instead of filling memory.
		try (org.apache.commons.csv.CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get()
			.parse(new StringReader(text))) {
			List<String> headings = List.of();
			List<Line> lines = new ArrayList<>();
			int records = 0;
			for (CSVRecord record : parser) {
				if (++records == 1) {
					headings = record.toList();
					continue;
				}
				Line line = new Line((int) record.getRecordNumber(), record.toList());
				if (!line.isBlank()) {
					lines.add(line);
				}
				if (lines.size() > MAX_ROWS || records > MAX_RECORDS) {
					throw new RuleViolationException("file", "enterprises.import.tooManyRows");
				}
			}
			return new Table(headings, lines);
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw new RuleViolationException("file", "enterprises.import.unreadable");
		}
	}

	private static Table xlsx(byte[] bytes) {
		// A zip bomb is refused by POI as it unpacks: no entry over MAX_UNPACKED (set below), no
		// entry inflating more than a hundredfold (its default).
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
			if (sheet == null || sheet.getPhysicalNumberOfRows() == 0) {
				return new Table(List.of(), List.of());
			}
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<String> headings = cells(sheet.getRow(sheet.getFirstRowNum()), formatter);
			List<Line> lines = new ArrayList<>();
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Line line = new Line(r + 1, cells(sheet.getRow(r), formatter));
				if (!line.isBlank()) {
					lines.add(line);
				}
				if (lines.size() > MAX_ROWS || r > MAX_RECORDS) {
					// Refused, never cut short.
					throw new RuleViolationException("file", "enterprises.import.tooManyRows");
				}
			}
			return new Table(headings, lines);
		}
		catch (RuleViolationException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new RuleViolationException("file", "enterprises.import.unreadable");
		}
	}

	private static List<String> cells(Row row, DataFormatter formatter) {
		List<String> cells = new ArrayList<>();
		if (row == null) {
			return cells;
		}
		for (int c = 0; c < row.getLastCellNum(); c++) {
			Cell cell = row.getCell(c);
			if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
				cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
			}
			else {
				cells.add(cell == null ? "" : formatter.formatCellValue(cell));
			}
		}
		return cells;
	}

	/** No NUL bytes in the first kilobytes: a text, not a picture or a PDF renamed. */
	private static boolean isText(byte[] bytes) {
		for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
			if (bytes[i] == 0) {
				return false;
			}
		}
		return true;
	}

	/** UTF-8 (its byte-order mark dropped) when it is, else GB18030, as Excel saves CSV in China. */
	private static String text(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, Charset.forName("GB18030"));
		}
	}

}
