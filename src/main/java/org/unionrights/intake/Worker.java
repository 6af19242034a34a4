package org.unionrights.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.unionrights.common.Texts;

/**
 * The worker who asks for help (or speaks for a group): how to reach them, their ID number if
 * given, whether they are a migrant worker, and the new form of employment they work in.
 */
@Embeddable
class Worker {

	@Column(name = "contact_name")
	private String name;

	@Column(name = "contact_mobile")
	private String mobile;

	@Column(name = "id_number")
	private String idNumber;

	@Column(name = "migrant_worker")
	private boolean migrant;

	@Enumerated(EnumType.STRING)
	@Column(name = "new_form_work")
	private NewFormWork newFormWork;

	protected Worker() {
	}

	Worker(NewHelpRequest details) {
		this.name = details.contactName().strip();
		this.mobile = details.contactMobile();
		this.idNumber = Texts.blankToNull(details.idNumber());
		this.migrant = details.migrantWorker();
		this.newFormWork = details.newFormWork();
	}

	String getName() {
		return name;
	}

	String getMobile() {
		return mobile;
	}

	String getIdNumber() {
		return idNumber;
	}

	boolean isMigrant() {
		return migrant;
	}

	NewFormWork getNewFormWork() {
		return newFormWork;
	}

}
