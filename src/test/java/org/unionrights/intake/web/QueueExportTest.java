package org.unionrights.intake.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueueExportTest {

	@Test
	void cellsAreQuotedAndFormulasWrittenAsText() {
		assertThat(QueueExport.quote("张三")).isEqualTo("\"张三\"");
		assertThat(QueueExport.quote("a \"b\", c")).isEqualTo("\"a \"\"b\"\", c\"");
		assertThat(QueueExport.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(QueueExport.quote("+86 138")).isEqualTo("\"'+86 138\"");
		assertThat(QueueExport.quote("@cmd")).isEqualTo("\"'@cmd\"");
		assertThat(QueueExport.quote(null)).isEqualTo("\"\"");
	}

}
