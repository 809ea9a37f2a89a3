package com.partnerportal.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV export over real HTTP, read the way spreadsheets in Spanish, Portuguese,
 * Italian and Russian read it: split on semicolons.
 */
// The partner created here stays in the shared context, under a name no other test uses.
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ActivityExportHttpTests {

	/** No comma and no quote, so that only the semicolons could have it quoted. */
	private static final String HOSTILE_NAME = "Evil Partners;=2+5;@SUM(A1)";

	@LocalServerPort
	int port;

	@Test
	void exportWhenANameHoldsSemicolonsAndFormulasThenNoSpreadsheetSplittingOnSemicolonsSeesAFormula() {
		PortalHttpClient admin = new PortalHttpClient("http://localhost:" + this.port, "en")
			.signIn(DemoAccounts.PLATFORM_ADMIN, "demo-password");
		Page form = admin.get("/admin/partners/new");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", HOSTILE_NAME);
		fields.put("country", "ES");
		fields.put("region", "EUROPE");
		fields.put("cloud", "PUBLIC");
		fields.put("cspMember", "true");
		fields.put("adminName", "Eve Admin");
		fields.put("adminEmail", "eve@evil-partners.test");
		fields.put("password", "a-long-enough-password");
		fields.put("passwordConfirmation", "a-long-enough-password");
		assertThat(admin.post("/admin/partners", form.formWith(fields)).status()).isEqualTo(302);

		Page export = admin.get("/admin/activity/export");

		assertThat(export.status()).isEqualTo(200);
		List<String> lines = List.of(export.body().split("\r\n"));
		List<String> withTheName = lines.stream().filter((line) -> line.contains("Evil Partners")).toList();
		assertThat(withTheName).isNotEmpty().allSatisfy((line) -> {
			assertThat(line).contains("\"" + HOSTILE_NAME + "\"");
			for (char separator : new char[] { ';', ',', '\t' }) {
				assertThat(cells(line, separator)).as("cells split on %s", separator)
					.noneMatch((cell) -> !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0);
			}
		});
	}

	/**
	 * Splits a line as a spreadsheet does: on the separator, except between double
	 * quotes, which are removed ({@code ""} inside them is one quote).
	 */
	private static List<String> cells(String line, char separator) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				cell.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == separator && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

}
