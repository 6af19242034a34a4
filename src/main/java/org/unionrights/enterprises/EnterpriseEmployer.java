package org.unionrights.enterprises;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An employer of requests and cases recognised by hand as a registered enterprise (typed without
 * its credit code); one typed with the code is recognised by it.
 */
@Entity
@Table(name = "enterprise_employer")
class EnterpriseEmployer {

	@Id
	@Column(name = "employer_key")
	private String employerKey;

	@Column(name = "enterprise_id")
	private long enterpriseId;

	@Column(name = "linked_by")
	private String linkedBy;

	@Column(name = "linked_at")
	private Instant linkedAt;

	protected EnterpriseEmployer() {
	}

	EnterpriseEmployer(String employerKey, long enterpriseId, String linkedBy, Instant linkedAt) {
		this.employerKey = employerKey;
		this.enterpriseId = enterpriseId;
		this.linkedBy = linkedBy;
		this.linkedAt = linkedAt;
	}

	String getEmployerKey() {
		return employerKey;
	}

	long getEnterpriseId() {
		return enterpriseId;
	}

}
