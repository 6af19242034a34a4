package org.unionrights.enterprises;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.intake.HelpForms;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registry as county officers and city staff keep it: registering, finding, exporting,
 * importing many at once, each within the user's scope.
 */
@IntegrationTest
class EnterpriseRegistryIntegrationTest {

	private static final String JINTAI = "jintai";

	/** Numbers for this class's codes, apart from other tests'. */
	private static final AtomicLong CODES = new AtomicLong(700_000_000L + System.nanoTime() % 1_000_000 * 100);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private ResultActions register(String username, String name, String code, String countyId) throws Exception {
		return mvc.perform(post("/enterprises").with(as(username)).with(csrf()).param("name", name)
			.param("creditCode", code).param("countyId", countyId).param("industry", "LOGISTICS").param("size", "SMALL")
			.param("employees", "35").param("newEmploymentForm", "true"));
	}

	private long idOf(String code) {
		return jdbc.queryForObject("select id from enterprise where credit_code = ?", Long.class, code);
	}

	private long count() {
		return jdbc.queryForObject("select count(*) from enterprise", Long.class);
	}

	@Test
	void anOfficerRegistersTheirCountysEnterpriseFindsAndExportsIt() throws Exception {
		String code = CreditCodes.of(CODES.incrementAndGet());
		String typed = code.substring(0, 8).toLowerCase() + " " + code.substring(8).toLowerCase();
		// A forged county is ignored: an officer registers for their own county.
		register(DemoUsers.COUNTY_OFFICER, "渭滨登记测试物流有限公司", typed, "2").andExpect(redirectedUrlPattern("/enterprises/*"));
		assertThat(jdbc.queryForObject("select county_id from enterprise where credit_code = ?", Long.class, code))
			.isEqualTo(1L);
		// The same code again, however typed, is refused beside the field, with what was typed kept.
		register(DemoUsers.CITY_STAFF, "另一个名字", code, "1").andExpect(status().isOk())
			.andExpect(content().string(containsString("这个统一社会信用代码已经登记过了")))
			.andExpect(content().string(containsString("value=\"另一个名字\"")));
		register(DemoUsers.COUNTY_OFFICER, "校验码错误公司", CreditCodes.wrongCheck(CODES.incrementAndGet()), "1")
			.andExpect(content().string(containsString("校验码要对得上")));
		register(DemoUsers.COUNTY_OFFICER, "没有工会却有监督委员会", CreditCodes.of(CODES.incrementAndGet()), "1");

		// Found by a Chinese substring and by the code however spaced; filtered.
		for (String search : new String[] { "登记测试物流", "渭滨登", code.substring(0, 9) + " " + code.substring(9) }) {
			mvc.perform(get("/enterprises").param("q", search).with(as(DemoUsers.COUNTY_OFFICER)))
				.andExpect(content().string(containsString("渭滨登记测试物流有限公司")));
		}
		// A search of one or two characters is found too (without the trigram index).
		mvc.perform(get("/enterprises").param("q", "渭滨").param("newForm", "yes").param("size", "SMALL")
			.with(as(DemoUsers.COUNTY_OFFICER))).andExpect(content().string(containsString("渭滨登记测试物流有限公司")));
		mvc.perform(get("/enterprises").param("q", "登记测试物流").param("union", "yes").with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(not(containsString("渭滨登记测试物流有限公司"))));
		mvc.perform(get("/enterprises").param("q", "登记测试物流").param("newForm", "yes").param("industry", "LOGISTICS")
			.with(as(DemoUsers.COUNTY_OFFICER))).andExpect(content().string(containsString("渭滨登记测试物流有限公司")));

		byte[] xlsx = mvc.perform(get("/enterprises/export.xlsx").param("q", "登记测试物流").with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo(code);
			assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(35.0);
		}
	}

	@Test
	void anotherCountysOfficerCannotReadChangeOrExportItAndALawyerHasNoRegistry() throws Exception {
		String code = CreditCodes.of(CODES.incrementAndGet());
		register(DemoUsers.COUNTY_OFFICER, "渭滨范围测试公司", code, "1");
		long id = idOf(code);
		mvc.perform(get("/enterprises/" + id).with(as(JINTAI))).andExpect(status().isNotFound());
		mvc.perform(get("/enterprises/" + id + "/edit").with(as(JINTAI))).andExpect(status().isNotFound());
		mvc.perform(post("/enterprises/" + id).with(as(JINTAI)).with(csrf()).param("name", "改名").param("creditCode", code)
			.param("countyId", "2").param("industry", "LOGISTICS").param("size", "SMALL").param("employees", "1")
			.param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(post("/enterprises/" + id + "/employers").with(as(JINTAI)).with(csrf()).param("employerName", "x"))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select name from enterprise where id = ?", String.class, id)).isEqualTo("渭滨范围测试公司");
		mvc.perform(get("/enterprises").param("q", "渭滨范围测试").with(as(JINTAI)))
			.andExpect(content().string(not(containsString("渭滨范围测试公司"))));
		String csv = mvc.perform(get("/enterprises/export.csv").with(as(JINTAI))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).doesNotContain(code);
		mvc.perform(get("/enterprises/export.pdf").with(as(JINTAI))).andExpect(status().isNotFound());
		mvc.perform(get("/enterprises/import/template.pdf").with(as(JINTAI))).andExpect(status().isNotFound());
		mvc.perform(get("/enterprises/" + id).with(as(DemoUsers.CITY_STAFF))).andExpect(status().isOk());
		mvc.perform(get("/enterprises").with(as(DemoUsers.LAWYER))).andExpect(status().isForbidden());
		// A stale edit is a conflict that keeps what was typed.
		mvc.perform(post("/enterprises/" + id).with(as(DemoUsers.COUNTY_OFFICER)).with(csrf()).param("name", "旧表单的名字")
			.param("creditCode", code).param("countyId", "1").param("industry", "LOGISTICS").param("size", "SMALL")
			.param("employees", "5").param("version", "7"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("value=\"旧表单的名字\"")));
	}

	/** A CSV of the template's columns; {@code rows} lines of data. */
	private static String csv(String... rows) {
		StringBuilder text = new StringBuilder(
				"企业名称,统一社会信用代码,区县,行业,规模,职工人数,建会日期,劳动法律监督委员会,劳动争议调解委员会,新就业形态\n");
		for (String row : rows) {
			text.append(row).append('\n');
		}
		return text.toString();
	}

	private ResultActions upload(String username, MockHttpSession session, String name, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/enterprises/import").file(new MockMultipartFile("file", name, "text/csv", bytes))
			.session(session).with(as(username)).with(csrf()));
	}

	@Test
	void aThousandRowsWithThreeBadOnesReportExactlyThoseAndWriteNothingUntilAsked() throws Exception {
		String registered = CreditCodes.of(CODES.incrementAndGet());
		register(DemoUsers.COUNTY_OFFICER, "已经登记的公司", registered, "1");
		String[] rows = new String[1000];
		String first = null;
		for (int i = 0; i < rows.length; i++) {
			String code = CreditCodes.of(CODES.incrementAndGet());
			first = first == null ? code : first;
			rows[i] = "导入测试企业" + i + "," + code + ",渭滨区,快递物流,小型," + (10 + i) + ",2024-05-01,是,否,是";
		}
		rows[99] = "校验码错误企业," + CreditCodes.wrongCheck(CODES.incrementAndGet()) + ",渭滨区,快递物流,小型,5,,否,否,否";
		rows[499] = "文件里重复的企业," + first + ",渭滨区,快递物流,小型,5,,否,否,否";
		rows[899] = "已登记企业," + registered + ",渭滨区,快递物流,小型,5,,否,否,否";
		long before = count();
		MockHttpSession session = new MockHttpSession();
		String page = upload(DemoUsers.COUNTY_OFFICER, session, "企业.csv", csv(rows).getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(count()).as("nothing written before the choice").isEqualTo(before);
		// A code twice in the file refuses both rows, not only the second.
		assertThat(page).contains("996行可以导入，4行有问题");
		// Lines count the heading as line 1.
		assertThat(page).contains("<td>2</td>", "<td>101</td>", "<td>501</td>", "<td>901</td>")
			.contains("校验码要对得上", "文件里这个信用代码出现了不止一次", "这个信用代码已经登记过了");
		String token = page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
		mvc.perform(post("/enterprises/import/confirm").session(session).with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("token", token)).andExpect(redirectedUrl("/enterprises"));
		assertThat(count()).isEqualTo(before + 996);
		// The same confirmation again (a double click, the back button) imports nothing more.
		mvc.perform(post("/enterprises/import/confirm").session(session).with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("token", token)).andExpect(redirectedUrl("/enterprises/import"));
		assertThat(count()).isEqualTo(before + 996);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ENTERPRISES_IMPORTED'"
				+ " and detail_args[1] = 't:996'", Long.class)).isEqualTo(1L);
	}

	@Test
	void aCleanXlsxIsImportedAtOnceAndAnOfficerCannotImportIntoAnotherCounty() throws Exception {
		String ownCode = CreditCodes.of(CODES.incrementAndGet());
		String otherCode = CreditCodes.of(CODES.incrementAndGet());
		byte[] xlsx = xlsx(new String[] { "Excel导入企业", ownCode, "渭滨区", "Courier and logistics", "小型", "12", "", "否", "是", "否" });
		upload(DemoUsers.COUNTY_OFFICER, new MockHttpSession(), "企业.xlsx", xlsx).andExpect(redirectedUrl("/enterprises"));
		assertThat(jdbc.queryForObject("select mediation_committee from enterprise where credit_code = ?", Boolean.class,
				ownCode)).isTrue();
		String page = upload(DemoUsers.COUNTY_OFFICER, new MockHttpSession(), "企业.csv",
				csv("金台的企业," + otherCode + ",金台区,制造业,中型,80,,否,否,否").getBytes(StandardCharsets.UTF_8))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("这是其他区县的企业，只能登记本区县的").contains("没有可以导入的行");
		assertThat(jdbc.queryForObject("select count(*) from enterprise where credit_code = ?", Long.class, otherCode))
			.isZero();
	}

	@Test
	void aFileThatIsNotCsvOrXlsxAnEmptyFileAndATwentyMegabyteFileEachGetAClearMessage() throws Exception {
		long before = count();
		upload(DemoUsers.COUNTY_OFFICER, new MockHttpSession(), "照片.csv", org.unionrights.files.TestFiles.png(3))
			.andExpect(content().string(containsString("只能导入CSV或Excel（.xlsx）文件")));
		upload(DemoUsers.COUNTY_OFFICER, new MockHttpSession(), "企业.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8))
			.andExpect(content().string(containsString("只能导入CSV或Excel（.xlsx）文件")));
		upload(DemoUsers.COUNTY_OFFICER, new MockHttpSession(), "企业.csv", new byte[0])
			.andExpect(content().string(containsString("选中的文件是空的")));
		upload(DemoUsers.COUNTY_OFFICER, new MockHttpSession(), "企业.csv", csv().getBytes(StandardCharsets.UTF_8))
			.andExpect(content().string(containsString("文件里没有数据行")));
		upload(DemoUsers.COUNTY_OFFICER, new MockHttpSession(), "企业.csv", "名称,代码\n某公司,1\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(content().string(containsString("表头和模板不一致")));
		byte[] big = new byte[20 * 1024 * 1024];
		java.util.Arrays.fill(big, (byte) 'a');
		upload(DemoUsers.COUNTY_OFFICER, new MockHttpSession(), "企业.csv", big)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文件太大：最大5MB")));
		assertThat(count()).isEqualTo(before);
		// The template opens as the import reads it.
		byte[] template = mvc.perform(get("/enterprises/import/template.xlsx").with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String checked = upload(DemoUsers.CITY_STAFF, new MockHttpSession(), "模板.xlsx", template).andReturn().getResponse()
			.getContentAsString();
		assertThat(checked).as("the template reads, and its example row is refused, never registered")
			.contains("0行可以导入，1行有问题", "校验码要对得上");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theEnterprisePageShowsItsRequestsAndCasesAndTheLedgerLinksToIt() throws Exception {
		String code = CreditCodes.of(CODES.incrementAndGet());
		register(DemoUsers.COUNTY_OFFICER, "页面测试建筑公司", code, "1");
		long id = idOf(code);
		Map<String, String> fields = HelpForms.wages("1339" + String.format("%07d", CODES.get() % 10_000_000));
		fields.put("employer.name", "页面测试建筑公司（工地）");
		fields.put("employer.creditCode", code.toLowerCase());
		MockHttpSession worker = new MockHttpSession();
		mvc.perform(HelpForms.post("/help/new", fields, worker, HelpForms.newAddress())).andExpect(redirectedUrl("/help/receipt"));
		String trackingNo = jdbc.queryForObject("select tracking_no from help_request where submission_token = ?",
				String.class, fields.get("draftToken"));
		mvc.perform(get("/enterprises/" + id).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString(trackingNo)));
		mvc.perform(get("/enterprises/employer").param("key", "code:" + code).with(as(DemoUsers.CITY_STAFF)))
			.andExpect(redirectedUrl("/enterprises/" + id));
		// The request's page links to its enterprise by the same key.
		mvc.perform(get("/triage/requests/" + trackingNo).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString("/enterprises/employer?key=code:" + code)));
		mvc.perform(get("/enterprises/employer").param("key", "code:" + code).with(as(JINTAI)))
			.andExpect(redirectedUrl("/enterprises"));
		// An employer typed without the code is recognised by hand.
		Map<String, String> noCode = HelpForms.wages("1338" + String.format("%07d", CODES.get() % 10_000_000));
		noCode.put("employer.name", "页面测试建筑 公司");
		mvc.perform(HelpForms.post("/help/new", noCode, new MockHttpSession(), HelpForms.newAddress()));
		String second = jdbc.queryForObject("select tracking_no from help_request where submission_token = ?",
				String.class, noCode.get("draftToken"));
		mvc.perform(get("/enterprises/" + id).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(not(containsString(second))));
		mvc.perform(post("/enterprises/" + id + "/employers").with(as(DemoUsers.COUNTY_OFFICER)).with(csrf())
			.param("employerName", "页面测试建筑公司")).andExpect(redirectedUrl("/enterprises/" + id));
		mvc.perform(get("/enterprises/" + id).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString(second)))
			.andExpect(content().string(containsString("认定单位名称")));
		// Another county cannot take that name for its own enterprise.
		String jintaiCode = CreditCodes.of(CODES.incrementAndGet());
		register(JINTAI, "金台某公司", jintaiCode, "2");
		mvc.perform(post("/enterprises/" + idOf(jintaiCode) + "/employers").with(as(JINTAI)).with(csrf())
			.param("employerName", "页面测试建筑公司"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attributeExists("flashError"));
		mvc.perform(get("/enterprises/" + id).with(as(DemoUsers.COUNTY_OFFICER)))
			.andExpect(content().string(containsString(second)));
	}

	private static byte[] xlsx(String[] row) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("企业");
			String[] headings = csv().strip().split(",");
			Row heading = sheet.createRow(0);
			for (int i = 0; i < headings.length; i++) {
				heading.createCell(i).setCellValue(headings[i]);
			}
			Row data = sheet.createRow(1);
			for (int i = 0; i < row.length; i++) {
				data.createCell(i).setCellValue(row[i]);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
