package org.unionrights.enterprises.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.unionrights.enterprises.ContractCoverage;
import org.unionrights.enterprises.ContractKind;

/**
 * A collective contract's offer: what it is, whom it covers (their credit codes, one a line), when
 * the offer was made.
 */
public class ContractForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.size.max}")
	private String title;

	@NotNull(message = "{validation.required}")
	private ContractKind kind;

	@NotNull(message = "{validation.required}")
	private ContractCoverage coverage;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{contract.term.invalid}")
	@Max(value = 3, message = "{contract.term.invalid}")
	private Integer termYears;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{contract.workers.invalid}")
	@Max(value = 10_000_000, message = "{contract.workers.invalid}")
	private Integer workersCovered;

	@NotBlank(message = "{validation.required}")
	@Size(max = 20_000, message = "{validation.size.max}")
	private String enterpriseCodes;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate offeredOn;

	/** The credit codes typed, one a line (or separated by commas or spaces). */
	List<String> codes() {
		return Arrays.stream(enterpriseCodes.split("[\\r\\n,，;；]+")).map(String::strip).filter(code -> !code.isEmpty()).toList();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public ContractKind getKind() {
		return kind;
	}

	public void setKind(ContractKind kind) {
		this.kind = kind;
	}

	public ContractCoverage getCoverage() {
		return coverage;
	}

	public void setCoverage(ContractCoverage coverage) {
		this.coverage = coverage;
	}

	public Integer getTermYears() {
		return termYears;
	}

	public void setTermYears(Integer termYears) {
		this.termYears = termYears;
	}

	public Integer getWorkersCovered() {
		return workersCovered;
	}

	public void setWorkersCovered(Integer workersCovered) {
		this.workersCovered = workersCovered;
	}

	public String getEnterpriseCodes() {
		return enterpriseCodes;
	}

	public void setEnterpriseCodes(String enterpriseCodes) {
		this.enterpriseCodes = enterpriseCodes;
	}

	public LocalDate getOfferedOn() {
		return offeredOn;
	}

	public void setOfferedOn(LocalDate offeredOn) {
		this.offeredOn = offeredOn;
	}

}
