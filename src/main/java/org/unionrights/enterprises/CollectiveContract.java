package org.unionrights.enterprises;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.unionrights.common.RuleViolationException;
import org.unionrights.common.StaleEditException;
import org.unionrights.deadlines.ClockEvent;
import org.unionrights.deadlines.ClockRule;

/**
 * A collective contract (集体合同) and its bargaining, from the offer to its expiry. It keeps its
 * rules: a term of 1 to 3 years; one enterprise for an enterprise's contract, two or more for a
 * regional or industry one; the stages one after another, each dated no earlier than the one
 * before and not in the future; its end a term after it took effect.
 */
@Entity
@Table(name = "collective_contract")
class CollectiveContract {

	/** Days after the filing without objection before a contract takes effect (art. 47). */
	static final int OBJECTION_DAYS = 15;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "county_id")
	private long countyId;

	private String title;

	@Enumerated(EnumType.STRING)
	private ContractKind kind;

	@Enumerated(EnumType.STRING)
	private ContractCoverage coverage;

	@Enumerated(EnumType.STRING)
	private ContractStage stage;

	@Column(name = "term_years")
	private int termYears;

	@Column(name = "workers_covered")
	private int workersCovered;

	@Column(name = "offered_on")
	private LocalDate offeredOn;

	@Column(name = "negotiated_on")
	private LocalDate negotiatedOn;

	@Column(name = "signed_on")
	private LocalDate signedOn;

	@Column(name = "filed_on")
	private LocalDate filedOn;

	@Column(name = "effective_on")
	private LocalDate effectiveOn;

	@Column(name = "expired_on")
	private LocalDate expiredOn;

	@ElementCollection
	@org.hibernate.annotations.BatchSize(size = 50)
	@CollectionTable(name = "contract_enterprise", joinColumns = @JoinColumn(name = "contract_id"))
	@Column(name = "enterprise_id")
	private Set<Long> enterpriseIds = new LinkedHashSet<>();

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected CollectiveContract() {
	}

	CollectiveContract(long countyId, ContractData data, LocalDate today, String by, Instant now) {
		check(data, today);
		this.countyId = countyId;
		this.title = data.title().strip();
		this.kind = data.kind();
		this.coverage = data.coverage();
		this.termYears = data.termYears();
		this.workersCovered = data.workersCovered();
		this.offeredOn = data.offeredOn();
		this.enterpriseIds.addAll(data.enterpriseIds());
		this.stage = ContractStage.OFFER;
		this.createdAt = now;
		this.createdBy = by;
		this.updatedAt = now;
	}

	/** Checks what a new contract says, as the constructor does. */
	static void check(ContractData data, LocalDate today) {
		if (data.title() == null || data.title().isBlank() || data.title().strip().length() > 100) {
			throw new RuleViolationException("title", "contract.title.invalid");
		}
		if (data.kind() == null) {
			throw new RuleViolationException("kind", "validation.required");
		}
		if (data.coverage() == null) {
			throw new RuleViolationException("coverage", "validation.required");
		}
		if (data.termYears() < 1 || data.termYears() > 3) {
			throw new RuleViolationException("termYears", "contract.term.invalid");
		}
		if (data.workersCovered() < 0) {
			throw new RuleViolationException("workersCovered", "contract.workers.invalid");
		}
		int enterprises = data.enterpriseIds().size();
		if (data.coverage() == ContractCoverage.ENTERPRISE ? enterprises != 1 : enterprises < 2) {
			throw new RuleViolationException("enterpriseIds",
					data.coverage() == ContractCoverage.ENTERPRISE ? "contract.enterprises.one" : "contract.enterprises.many");
		}
		if (data.offeredOn() == null) {
			throw new RuleViolationException("offeredOn", "validation.required");
		}
		if (data.offeredOn().isAfter(today)) {
			throw new RuleViolationException("offeredOn", "validation.future");
		}
	}

	/**
	 * Moves the contract to its next stage on the day it happened; any other move is refused, as
	 * is a day before the last stage's or in the future.
	 */
	void moveTo(long expectedVersion, ContractStage next, LocalDate on, LocalDate today, Instant now) {
		if (version != expectedVersion) {
			throw new StaleEditException("contract " + id, version);
		}
		if (!stage.mayMoveTo(next)) {
			throw new RuleViolationException("stage", "contract.stage.illegal");
		}
		if (on == null) {
			throw new RuleViolationException("on", "validation.required");
		}
		if (on.isAfter(today)) {
			throw new RuleViolationException("on", "validation.future");
		}
		if (on.isBefore(lastDate())) {
			throw new RuleViolationException("on", "contract.stage.beforeLast");
		}
		if (next == ContractStage.EFFECTIVE && on.isBefore(filedOn.plusDays(OBJECTION_DAYS))) {
			// Art. 47: it takes effect when 15 days after the filing pass without objection.
			throw new RuleViolationException("on", "contract.effective.tooEarly");
		}
		switch (next) {
			case NEGOTIATION -> negotiatedOn = on;
			case SIGNED -> signedOn = on;
			case FILED -> filedOn = on;
			case EFFECTIVE -> effectiveOn = on;
			case EXPIRED -> expiredOn = on;
			default -> throw new RuleViolationException("stage", "contract.stage.illegal");
		}
		stage = next;
		updatedAt = now;
	}

	private LocalDate lastDate() {
		LocalDate last = offeredOn;
		for (LocalDate date : new LocalDate[] { negotiatedOn, signedOn, filedOn, effectiveOn }) {
			if (date != null) {
				last = date;
			}
		}
		return last;
	}

	/** The last day it is in force: a term after it took effect. */
	LocalDate endsOn() {
		return effectiveOn == null ? null : effectiveOn.plusYears(termYears).minusDays(1);
	}

	/**
	 * The bargaining clocks its dates drive: the answer to the offer (from the offer to the
	 * negotiation), the filing (from signing to filing), the objection period (from filing to taking
	 * effect). A clock not yet started is absent.
	 */
	List<Clock> clocks() {
		List<Clock> clocks = new ArrayList<>();
		clocks.add(new Clock(ClockRule.BARGAINING_ANSWER, events(offeredOn, negotiatedOn)));
		if (signedOn != null) {
			clocks.add(new Clock(ClockRule.CONTRACT_FILING, events(signedOn, filedOn)));
		}
		if (filedOn != null) {
			clocks.add(new Clock(ClockRule.CONTRACT_OBJECTION, events(filedOn, effectiveOn)));
		}
		return clocks;
	}

	/** A clock and its dated events. */
	record Clock(ClockRule rule, List<ClockEvent> events) {
	}

	private static List<ClockEvent> events(LocalDate started, LocalDate met) {
		List<ClockEvent> events = new ArrayList<>();
		events.add(new ClockEvent(started, ClockEvent.Kind.STARTED));
		if (met != null) {
			events.add(new ClockEvent(met, ClockEvent.Kind.MET));
		}
		return events;
	}

	ContractView toView(List<org.unionrights.deadlines.ClockReading> readings) {
		return new ContractView(id == null ? 0 : id, countyId, title, kind, coverage, stage, termYears, workersCovered,
				offeredOn, negotiatedOn, signedOn, filedOn, effectiveOn, expiredOn, endsOn(), List.copyOf(enterpriseIds),
				readings, version);
	}

	Long getId() {
		return id;
	}

	long getCountyId() {
		return countyId;
	}

	ContractStage getStage() {
		return stage;
	}

	String getTitle() {
		return title;
	}

}
