package org.unionrights.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.unionrights.intake.AcceptedRequest;
import org.unionrights.intake.RequestCategory;

/**
 * What a case is about, copied from its request as it was accepted, so that the ledger rolls up
 * by employer and counts the workers helped without asking intake: every worker of a group's
 * roster (never fewer than one), migrant workers apart (never more than all).
 */
@Embeddable
class CaseSubject {

	@Enumerated(EnumType.STRING)
	private RequestCategory category;

	@Column(name = "employer_name")
	private String employerName;

	@Column(name = "employer_key")
	private String employerKey;

	@Column(name = "workers_helped")
	private int workersHelped;

	@Column(name = "migrant_workers")
	private int migrantWorkers;

	protected CaseSubject() {
	}

	CaseSubject(AcceptedRequest request) {
		this.category = request.category();
		this.employerName = request.employerName();
		this.employerKey = request.employerKey();
		this.workersHelped = Math.max(1, request.workersHelped());
		this.migrantWorkers = request.migrantWorker() ? this.workersHelped : 0;
	}

	RequestCategory getCategory() {
		return category;
	}

	String getEmployerName() {
		return employerName;
	}

	String getEmployerKey() {
		return employerKey;
	}

	int getWorkersHelped() {
		return workersHelped;
	}

	int getMigrantWorkers() {
		return migrantWorkers;
	}

}
