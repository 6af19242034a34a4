package org.unionrights.intake.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.unionrights.common.validation.ChineseIdentifiers;
import org.unionrights.common.validation.Identifier;
import org.unionrights.intake.Channel;
import org.unionrights.intake.NewFormWork;
import org.unionrights.intake.NewHelpRequest;
import org.unionrights.intake.RequestCategory;
import org.unionrights.intake.Roster;

/**
 * The help form, as the worker fills it in (or staff on the worker's behalf): what happened, the
 * worker, and a section each for the employer ({@code employer.*}), an unpaid-wages claim
 * ({@code wages.*}) and a work injury ({@code injury.*}). Field rules are here and in the
 * sections; the rules of a category and of dates are in {@link HelpRequestFormValidator}.
 */
public class HelpRequestForm {

	@NotNull(message = "{validation.required}")
	private RequestCategory category;

	@NotBlank(message = "{validation.required}")
	@Size(max = 2000, message = "{validation.size.max}")
	private String description;

	@Valid
	private EmployerSection employer = new EmployerSection();

	/** Required; checked by the validator, after a county officer's own county is put in. */
	private Long countyId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate problemSince;

	@NotBlank(message = "{validation.required}")
	@Size(max = 50, message = "{validation.size.max}")
	private String contactName;

	@NotBlank(message = "{validation.required}")
	@Identifier(Identifier.Kind.MOBILE)
	private String contactMobile;

	@Identifier(Identifier.Kind.RESIDENT_ID)
	private String idNumber;

	private boolean migrantWorker;

	private NewFormWork newFormWork;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{validation.workers}")
	@Max(value = 100000, message = "{validation.workers}")
	private Integer workersAffected = 1;

	@Valid
	private WageSection wages = new WageSection();

	@Valid
	private InjurySection injury = new InjurySection();

	private boolean consent;

	/** Left empty by people; filled in by robots. */
	private String website;

	private String draftToken;

	/** Staff only: how the request came in. */
	private Channel channel;

	HelpRequestForm() {
	}

	HelpRequestForm(RequestCategory category, String draftToken) {
		this.category = category;
		this.draftToken = draftToken;
	}

	/** The roster as read from the text, for the total and the request. */
	Roster parsedRoster() {
		return category == RequestCategory.WAGES ? wages.parsedRoster() : Roster.empty();
	}

	NewHelpRequest toNewHelpRequest() {
		return new NewHelpRequest(category, description, employer.getName(), employer.getCreditCode(), countyId,
				problemSince, contactName, contactMobile, idNumber, migrantWorker, newFormWork, workersAffected,
				category == RequestCategory.WAGES ? wages.toWages() : null,
				category == RequestCategory.INJURY ? injury.toInjury() : null);
	}

	private static String trimmed(String value) {
		return value == null ? null : value.strip();
	}

	public RequestCategory getCategory() {
		return category;
	}

	public void setCategory(RequestCategory category) {
		this.category = category;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public EmployerSection getEmployer() {
		return employer;
	}

	public void setEmployer(EmployerSection employer) {
		this.employer = employer;
	}

	public WageSection getWages() {
		return wages;
	}

	public void setWages(WageSection wages) {
		this.wages = wages;
	}

	public InjurySection getInjury() {
		return injury;
	}

	public void setInjury(InjurySection injury) {
		this.injury = injury;
	}

	public Long getCountyId() {
		return countyId;
	}

	public void setCountyId(Long countyId) {
		this.countyId = countyId;
	}

	public LocalDate getProblemSince() {
		return problemSince;
	}

	public void setProblemSince(LocalDate problemSince) {
		this.problemSince = problemSince;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = trimmed(contactName);
	}

	public String getContactMobile() {
		return contactMobile;
	}

	public void setContactMobile(String contactMobile) {
		this.contactMobile = contactMobile == null ? null : contactMobile.replaceAll("[\\s-]", "");
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = ChineseIdentifiers.normalizeCode(idNumber);
	}

	public boolean isMigrantWorker() {
		return migrantWorker;
	}

	public void setMigrantWorker(boolean migrantWorker) {
		this.migrantWorker = migrantWorker;
	}

	public NewFormWork getNewFormWork() {
		return newFormWork;
	}

	public void setNewFormWork(NewFormWork newFormWork) {
		this.newFormWork = newFormWork;
	}

	public Integer getWorkersAffected() {
		return workersAffected;
	}

	public void setWorkersAffected(Integer workersAffected) {
		this.workersAffected = workersAffected;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getDraftToken() {
		return draftToken;
	}

	public void setDraftToken(String draftToken) {
		this.draftToken = draftToken;
	}

	public Channel getChannel() {
		return channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

}
