package org.unionrights.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unionrights.files.TestFiles;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A filled-in help form for MockMvc: a valid unpaid-wages request with a roster of three, from
 * its own client address so that the abuse limits of one test do not touch another.
 */
public final class HelpForms {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	public static final String ROSTER = "张三\t13800138001\t8000\n李四\t13800138002\t8000\n王五\t13800138003\t8000";

	private HelpForms() {
	}

	public static String newAddress() {
		int n = ADDRESSES.getAndIncrement();
		return "10.77." + (n / 250) + "." + (n % 250 + 1);
	}

	public static String newToken() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	/** A wage request as the form makes it, for tests outside intake that file one directly. */
	public static NewHelpRequest wageRequest() {
		return HelpRequestTest.wages();
	}

	public static Map<String, String> wages(String mobile) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("category", "WAGES");
		fields.put("draftToken", newToken());
		fields.put("description", "在渭滨区某工地干了三个月，老板一直拖欠工资。");
		fields.put("employer.name", "宝鸡市某建筑劳务有限公司");
		fields.put("employer.creditCode", "");
		fields.put("countyId", "1");
		fields.put("problemSince", "2026-08-01");
		fields.put("wages.projectSite", "渭滨区某小区二期工地");
		fields.put("wages.generalContractor", "某建工集团有限公司");
		fields.put("wages.subcontractor", "李某班组");
		fields.put("wages.periodFrom", "2026-08");
		fields.put("wages.periodTo", "2026-10");
		fields.put("wages.amountOwed", "24000");
		fields.put("workersAffected", "3");
		fields.put("wages.roster", ROSTER);
		fields.put("contactName", "张三");
		fields.put("contactMobile", mobile);
		fields.put("idNumber", "");
		fields.put("migrantWorker", "true");
		fields.put("newFormWork", "");
		fields.put("consent", "true");
		fields.put("website", "");
		return fields;
	}

	public static MockMultipartHttpServletRequestBuilder post(String path, Map<String, String> fields,
			MockHttpSession session, String address, MockMultipartFile... files) {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		fields.forEach(request::param);
		request.session(session).with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
		return request;
	}

	public static MockMultipartFile file(String name, String contentType, byte[] content) {
		return new MockMultipartFile("files", name, contentType, content);
	}

	/** What the receipt shows a worker: the tracking number and the query code. */
	public record Filed(String trackingNo, String queryCode) {
	}

	private static final Pattern RECEIPT_NUMBER = Pattern.compile("id=\"tracking-no\">([^<]+)<");

	private static final Pattern RECEIPT_CODE = Pattern.compile("id=\"query-code\">([^<]+)<");

	/** Files the form from a phone of its own, as a worker does, and reads the receipt. */
	public static Filed fileAndReadReceipt(MockMvc mvc, Map<String, String> fields, MockMultipartFile... files)
			throws Exception {
		MockHttpSession phone = new MockHttpSession();
		mvc.perform(post("/help/new", fields, phone, newAddress(), files)).andExpect(status().isFound());
		String receipt = mvc.perform(get("/help/receipt").session(phone)).andReturn().getResponse().getContentAsString();
		Matcher number = RECEIPT_NUMBER.matcher(receipt);
		Matcher code = RECEIPT_CODE.matcher(receipt);
		assertThat(number.find() && code.find()).as("the receipt shows the number and the code").isTrue();
		return new Filed(number.group(1), code.group(1));
	}

	/** A Weibin wage claim with a photo of the site. */
	public static Filed wagesWithPhoto(MockMvc mvc, String mobile, String employer) throws Exception {
		Map<String, String> fields = wages(mobile);
		fields.put("countyId", "1");
		fields.put("employer.name", employer);
		return fileAndReadReceipt(mvc, fields, file("工地.jpg", "image/jpeg", TestFiles.jpeg()));
	}

}
