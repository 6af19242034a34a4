package org.unionrights.reports.web;

/** Which county's report of which month to open (an officer's county is their own). */
public class OpenForm {

	private Long countyId;

	private String month;

	public Long getCountyId() {
		return countyId;
	}

	public void setCountyId(Long countyId) {
		this.countyId = countyId;
	}

	public String getMonth() {
		return month;
	}

	public void setMonth(String month) {
		this.month = month;
	}

}
