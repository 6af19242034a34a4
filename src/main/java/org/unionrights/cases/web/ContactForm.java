package org.unionrights.cases.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.unionrights.cases.ContactChannel;
import org.unionrights.cases.ContactParty;

/**
 * A contact with the worker, the employer or an authority, and what was said.
 */
public class ContactForm {

	@NotNull(message = "{validation.required}")
	private ContactChannel channel;

	@NotNull(message = "{validation.required}")
	private ContactParty party;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate contactDate;

	@NotBlank(message = "{validation.required}")
	@Size(max = 2000, message = "{validation.size.max}")
	private String summary;

	public ContactChannel getChannel() {
		return channel;
	}

	public void setChannel(ContactChannel channel) {
		this.channel = channel;
	}

	public ContactParty getParty() {
		return party;
	}

	public void setParty(ContactParty party) {
		this.party = party;
	}

	public LocalDate getContactDate() {
		return contactDate;
	}

	public void setContactDate(LocalDate contactDate) {
		this.contactDate = contactDate;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

}
