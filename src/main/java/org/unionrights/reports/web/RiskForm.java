package org.unionrights.reports.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.unionrights.reports.RiskKind;
import org.unionrights.reports.RiskLevel;

/** A risk as typed on the form. */
public class RiskForm {

	private Long countyId;

	@NotNull
	private RiskKind kind;

	@NotNull
	private RiskLevel level;

	@Size(max = 30)
	private String enterpriseCode;

	@Size(max = 100)
	private String enterpriseName;

	@NotNull
	@Min(0)
	@Max(1000000)
	private Integer workersAffected;

	@NotBlank
	@Size(max = 2000)
	private String description;

	public Long getCountyId() {
		return countyId;
	}

	public void setCountyId(Long countyId) {
		this.countyId = countyId;
	}

	public RiskKind getKind() {
		return kind;
	}

	public void setKind(RiskKind kind) {
		this.kind = kind;
	}

	public RiskLevel getLevel() {
		return level;
	}

	public void setLevel(RiskLevel level) {
		this.level = level;
	}

	public String getEnterpriseCode() {
		return enterpriseCode;
	}

	public void setEnterpriseCode(String enterpriseCode) {
		this.enterpriseCode = enterpriseCode;
	}

	public String getEnterpriseName() {
		return enterpriseName;
	}

	public void setEnterpriseName(String enterpriseName) {
		this.enterpriseName = enterpriseName;
	}

	public Integer getWorkersAffected() {
		return workersAffected;
	}

	public void setWorkersAffected(Integer workersAffected) {
		this.workersAffected = workersAffected;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
