package org.unionrights.enterprises.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.unionrights.enterprises.EnterpriseData;
import org.unionrights.enterprises.EnterpriseSize;
import org.unionrights.enterprises.EnterpriseView;
import org.unionrights.enterprises.Industry;

/**
 * An enterprise as its form sends it; {@code version} is the one the form was opened at.
 */
public class EnterpriseForm {

	private Long countyId;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.size.max}")
	private String name;

	@NotBlank(message = "{validation.required}")
	@Size(max = 30, message = "{validation.size.max}")
	private String creditCode;

	@NotNull(message = "{validation.required}")
	private Industry industry;

	@NotNull(message = "{validation.required}")
	private EnterpriseSize size;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{enterprise.employees.invalid}")
	@Max(value = 1_000_000, message = "{enterprise.employees.invalid}")
	private Integer employees;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate unionFoundedOn;

	private boolean supervisionCommittee;

	private boolean mediationCommittee;

	private boolean newEmploymentForm;

	private long version;

	static EnterpriseForm of(EnterpriseView view) {
		EnterpriseForm form = new EnterpriseForm();
		form.countyId = view.countyId();
		form.name = view.name();
		form.creditCode = view.creditCode();
		form.industry = view.industry();
		form.size = view.size();
		form.employees = view.employees();
		form.unionFoundedOn = view.unionFoundedOn();
		form.supervisionCommittee = view.supervisionCommittee();
		form.mediationCommittee = view.mediationCommittee();
		form.newEmploymentForm = view.newEmploymentForm();
		form.version = view.version();
		return form;
	}

	EnterpriseData data() {
		return new EnterpriseData(countyId == null ? 0 : countyId, name, creditCode, industry, size,
				employees == null ? -1 : employees, unionFoundedOn, supervisionCommittee, mediationCommittee,
				newEmploymentForm);
	}

	public Long getCountyId() {
		return countyId;
	}

	public void setCountyId(Long countyId) {
		this.countyId = countyId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCreditCode() {
		return creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
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

	public Integer getEmployees() {
		return employees;
	}

	public void setEmployees(Integer employees) {
		this.employees = employees;
	}

	public LocalDate getUnionFoundedOn() {
		return unionFoundedOn;
	}

	public void setUnionFoundedOn(LocalDate unionFoundedOn) {
		this.unionFoundedOn = unionFoundedOn;
	}

	public boolean isSupervisionCommittee() {
		return supervisionCommittee;
	}

	public void setSupervisionCommittee(boolean supervisionCommittee) {
		this.supervisionCommittee = supervisionCommittee;
	}

	public boolean isMediationCommittee() {
		return mediationCommittee;
	}

	public void setMediationCommittee(boolean mediationCommittee) {
		this.mediationCommittee = mediationCommittee;
	}

	public boolean isNewEmploymentForm() {
		return newEmploymentForm;
	}

	public void setNewEmploymentForm(boolean newEmploymentForm) {
		this.newEmploymentForm = newEmploymentForm;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
