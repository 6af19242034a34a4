package org.unionrights.enterprises.web;

import org.springframework.web.util.UriComponentsBuilder;
import org.unionrights.enterprises.EnterpriseFilter;
import org.unionrights.enterprises.EnterpriseSize;
import org.unionrights.enterprises.Industry;

/**
 * The registry's filters as they come in the address; a value that does not fit is ignored. A
 * yes-or-no filter is {@code yes}, {@code no} or empty (any).
 */
public class EnterpriseFilterForm {

	private String q;

	private Long countyId;

	private Industry industry;

	private EnterpriseSize size;

	private String union;

	private String supervision;

	private String mediation;

	private String newForm;

	EnterpriseFilter toFilter() {
		return new EnterpriseFilter(q, countyId, industry, size, yesNo(union), yesNo(supervision), yesNo(mediation),
				yesNo(newForm));
	}

	private static Boolean yesNo(String value) {
		return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
	}

	/** The address of this filter, for paging links and the exports. */
	String query(String path) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		add(link, "countyId", countyId);
		add(link, "industry", industry == null ? null : industry.name());
		add(link, "size", size == null ? null : size.name());
		add(link, "union", yesNo(union) == null ? null : union);
		add(link, "supervision", yesNo(supervision) == null ? null : supervision);
		add(link, "mediation", yesNo(mediation) == null ? null : mediation);
		add(link, "newForm", yesNo(newForm) == null ? null : newForm);
		String text = q == null || q.isBlank() ? null : q.strip();
		if (text != null) {
			link.queryParam("q", "{q}");
		}
		return text == null ? link.encode().build().toUriString() : link.encode().buildAndExpand(text).toUriString();
	}

	private static void add(UriComponentsBuilder link, String name, Object value) {
		if (value != null) {
			link.queryParam(name, value);
		}
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public Long getCountyId() {
		return countyId;
	}

	public void setCountyId(Long countyId) {
		this.countyId = countyId;
	}

	public Industry getIndustry() {
		return industry;
	}

	public void setIndustry(Industry industry) {
		this.industry = industry;
	}

	public EnterpriseSize getSize() {
		return size;
	}

	public void setSize(EnterpriseSize size) {
		this.size = size;
	}

	public String getUnion() {
		return union;
	}

	public void setUnion(String union) {
		this.union = union;
	}

	public String getSupervision() {
		return supervision;
	}

	public void setSupervision(String supervision) {
		this.supervision = supervision;
	}

	public String getMediation() {
		return mediation;
	}

	public void setMediation(String mediation) {
		this.mediation = mediation;
	}

	public String getNewForm() {
		return newForm;
	}

	public void setNewForm(String newForm) {
		this.newForm = newForm;
	}

}
