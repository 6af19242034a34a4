package org.unionrights.common.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableExportTest {

	@Test
	void cellsAreQuotedAndFormulasWrittenAsText() {
		assertThat(TableExport.quote("张三")).isEqualTo("\"张三\"");
		assertThat(TableExport.quote("a \"b\", c")).isEqualTo("\"a \"\"b\"\", c\"");
		assertThat(TableExport.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(TableExport.quote("+86 138")).isEqualTo("\"'+86 138\"");
		assertThat(TableExport.quote("@cmd")).isEqualTo("\"'@cmd\"");
		assertThat(TableExport.quote(null)).isEqualTo("\"\"");
	}

	@Test
	void numbersAreNumbersInXlsxSoThatASumAddsThemUp() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<List<?>> rows = List.of(Arrays.asList("张三", 3, new BigDecimal("12000.50")),
				Arrays.asList("=SUM(A1)", 2L, null));
		TableExport.write(TableExport.Format.XLSX, "表", List.of("姓名", "人数", "金额"), rows, out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheet("表");
			assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
			assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(12000.50);
			assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2.0);
		}
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		TableExport.write(TableExport.Format.CSV, "表", List.of("姓名", "人数", "金额"), rows, csv);
		assertThat(csv.toString(StandardCharsets.UTF_8))
			.isEqualTo("\uFEFF\"姓名\",\"人数\",\"金额\"\r\n\"张三\",3,12000.50\r\n\"'=SUM(A1)\",2,\"\"\r\n");
	}

}
