package org.unionrights.enterprises;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.unionrights.common.RuleViolationException;
import org.unionrights.common.StaleEditException;
import org.unionrights.common.validation.ChineseIdentifiers;

/**
 * An enterprise on the registry. It keeps its own rules: a credit code with the right check
 * character (GB 32100-2015), kept normalised; a name; no labour-law supervision committee without
 * a union, and no union founded in the future.
 */
@Entity
@Table(name = "enterprise")
class Enterprise {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "county_id")
	private long countyId;

	private String name;

	@Column(name = "credit_code")
	private String creditCode;

	@Enumerated(EnumType.STRING)
	private Industry industry;

	@Enumerated(EnumType.STRING)
	private EnterpriseSize size;

	private int employees;

	@Column(name = "union_founded_on")
	private LocalDate unionFoundedOn;

	@Column(name = "supervision_committee")
	private boolean supervisionCommittee;

	@Column(name = "mediation_committee")
	private boolean mediationCommittee;

	@Column(name = "new_employment_form")
	private boolean newEmploymentForm;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	/** Name and code, lower case, for search (computed by the database). */
	@Column(name = "search_text", insertable = false, updatable = false)
	private String searchText;

	protected Enterprise() {
	}

	Enterprise(EnterpriseData data, LocalDate today, String by, Instant now) {
		this.createdAt = now;
		this.createdBy = by;
		apply(data, today, now);
	}

	/** The credit code as kept, or the refusal of one that is not a code. */
	static String checkedCode(String typed) {
		String code = ChineseIdentifiers.normalizeCode(typed);
		if (code == null || code.isEmpty()) {
			throw new RuleViolationException("creditCode", "validation.required");
		}
		if (!ChineseIdentifiers.isCreditCode(code)) {
			throw new RuleViolationException("creditCode", "enterprise.code.invalid");
		}
		return code;
	}

	/** Checks what the data says of an enterprise, as {@link #apply} would, without keeping it. */
	static void check(EnterpriseData data, LocalDate today) {
		checkedCode(data.creditCode());
		if (data.name() == null || data.name().isBlank() || data.name().strip().length() > 100) {
			throw new RuleViolationException("name", "enterprise.name.invalid");
		}
		if (data.industry() == null) {
			throw new RuleViolationException("industry", "validation.required");
		}
		if (data.size() == null) {
			throw new RuleViolationException("size", "validation.required");
		}
		if (data.employees() < 0 || data.employees() > 1_000_000) {
			throw new RuleViolationException("employees", "enterprise.employees.invalid");
		}
		if (data.unionFoundedOn() != null && data.unionFoundedOn().isAfter(today)) {
			throw new RuleViolationException("unionFoundedOn", "validation.future");
		}
		if (data.supervisionCommittee() && data.unionFoundedOn() == null) {
			throw new RuleViolationException("supervisionCommittee", "enterprise.supervision.noUnion");
		}
	}

	void update(long expectedVersion, EnterpriseData data, LocalDate today, Instant now) {
		if (version != expectedVersion) {
			throw new StaleEditException("enterprise " + id, version);
		}
		apply(data, today, now);
	}

	private void apply(EnterpriseData data, LocalDate today, Instant now) {
		check(data, today);
		this.countyId = data.countyId();
		this.name = data.name().strip();
		this.creditCode = checkedCode(data.creditCode());
		this.industry = data.industry();
		this.size = data.size();
		this.employees = data.employees();
		this.unionFoundedOn = data.unionFoundedOn();
		this.supervisionCommittee = data.supervisionCommittee();
		this.mediationCommittee = data.mediationCommittee();
		this.newEmploymentForm = data.newEmploymentForm();
		this.updatedAt = now;
	}

	EnterpriseView toView() {
		return new EnterpriseView(id == null ? 0 : id, countyId, name, creditCode, industry, size, employees, unionFoundedOn,
				supervisionCommittee, mediationCommittee, newEmploymentForm, createdAt, createdBy, updatedAt, version);
	}

	Long getId() {
		return id;
	}

	long getCountyId() {
		return countyId;
	}

	String getCreditCode() {
		return creditCode;
	}

	String getName() {
		return name;
	}

}
