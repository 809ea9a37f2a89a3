package com.partnerportal.shared;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

	@Test
	void cellWhenPlainThenAsIs() {
		assertThat(CsvWriter.cell("Contoso Iberia")).isEqualTo("Contoso Iberia");
		assertThat(CsvWriter.cell("")).isEmpty();
		assertThat(CsvWriter.cell(null)).isEmpty();
	}

	@Test
	void cellWhenCommaQuoteOrLineBreakThenQuotedWithQuotesDoubled() {
		assertThat(CsvWriter.cell("Smith, Jones")).isEqualTo("\"Smith, Jones\"");
		assertThat(CsvWriter.cell("the \"best\"")).isEqualTo("\"the \"\"best\"\"\"");
		assertThat(CsvWriter.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
		assertThat(CsvWriter.cell("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
	}

	@Test
	void cellWhenItHoldsTheSeparatorOfAnyCommonLocaleThenQuoted() {
		assertThat(CsvWriter.cell("Evil;=1+2")).isEqualTo("\"Evil;=1+2\"");
		assertThat(CsvWriter.cell("tab\t=1+2")).isEqualTo("\"tab\t=1+2\"");
		assertThat(CsvWriter.cell("a;b,c")).isEqualTo("\"a;b,c\"");
		assertThat(CsvWriter.cell("=1;2")).as("defused and quoted").isEqualTo("\"'=1;2\"");
		assertThat(CsvWriter.cell("\t=1")).as("a leading tab is defused and quoted").isEqualTo("\"'\t=1\"");
		assertThat(CsvWriter.cell("no separator: here")).isEqualTo("no separator: here");
	}

	@Test
	void cellWhenItStartsLikeAFormulaThenPrefixedWithAnApostrophe() {
		assertThat(CsvWriter.cell("=1+2")).isEqualTo("'=1+2");
		assertThat(CsvWriter.cell("+34 600")).isEqualTo("'+34 600");
		assertThat(CsvWriter.cell("-5")).isEqualTo("'-5");
		assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvWriter.cell("\tcmd")).isEqualTo("\"'\tcmd\"");
		assertThat(CsvWriter.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
		assertThat(CsvWriter.cell("a=b")).as("only the first character counts").isEqualTo("a=b");
	}

	@Test
	void rowsWhenWrittenThenUtf8WithByteOrderMarkAndCrLf() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CsvWriter csv = new CsvWriter(out);

		csv.row(Arrays.asList("Кто", null, "Zoë"));
		csv.row(Arrays.asList("a", "b", "c"));
		csv.flush();

		byte[] bytes = out.toByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("Кто,,Zoë\r\na,b,c\r\n");
	}

}
