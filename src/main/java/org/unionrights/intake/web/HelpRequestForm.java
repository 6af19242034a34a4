package org.unionrights.intake.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.unionrights.common.validation.ChineseIdentifiers;
import org.unionrights.common.validation.Identifier;
import org.unionrights.intake.Channel;
import org.unionrights.intake.InjuryReported;
import org.unionrights.intake.NewFormWork;
import org.unionrights.intake.NewHelpRequest;
import org.unionrights.intake.RequestCategory;
import org.unionrights.intake.Roster;

/**
 * The help form, as the worker fills it in (or staff on the worker's behalf). Field rules are
 * here; the rules of a category and of dates are in {@link HelpRequestFormValidator}.
 */
public class HelpRequestForm {

	@NotNull(message = "{validation.required}")
	private RequestCategory category;

	@NotBlank(message = "{validation.required}")
	@Size(max = 2000, message = "{validation.size.max}")
	private String description;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.size.max}")
	private String employerName;

	@Identifier(Identifier.Kind.CREDIT_CODE)
	private String employerCreditCode;

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

	@Size(max = 200, message = "{validation.size.max}")
	private String projectSite;

	@Size(max = 100, message = "{validation.size.max}")
	private String generalContractor;

	@Size(max = 100, message = "{validation.size.max}")
	private String subcontractor;

	@DateTimeFormat(pattern = "yyyy-MM")
	private YearMonth periodFrom;

	@DateTimeFormat(pattern = "yyyy-MM")
	private YearMonth periodTo;

	@DecimalMin(value = "0.01", message = "{validation.amount}")
	@Digits(integer = 10, fraction = 2, message = "{validation.amount}")
	private BigDecimal amountOwed;

	@Size(max = 20000, message = "{validation.size.max}")
	private String roster;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate accidentDate;

	@Size(max = 500, message = "{validation.size.max}")
	private String injury;

	private InjuryReported injuryReported;

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
		return category == RequestCategory.WAGES ? Roster.parse(roster) : Roster.empty();
	}

	NewHelpRequest toNewHelpRequest() {
		boolean wages = category == RequestCategory.WAGES;
		return new NewHelpRequest(category, description, employerName, employerCreditCode, countyId, problemSince,
				contactName, contactMobile, idNumber, migrantWorker, newFormWork, workersAffected, projectSite,
				generalContractor, subcontractor, wages && periodFrom != null ? periodFrom.atDay(1) : null,
				wages ? lastDay(periodTo != null ? periodTo : periodFrom) : null, wages ? amountOwed : null,
				parsedRoster().lines(), accidentDate, injury, injuryReported);
	}

	private static LocalDate lastDay(YearMonth month) {
		return month == null ? null : month.atEndOfMonth();
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

	public String getEmployerName() {
		return employerName;
	}

	public void setEmployerName(String employerName) {
		this.employerName = trimmed(employerName);
	}

	public String getEmployerCreditCode() {
		return employerCreditCode;
	}

	public void setEmployerCreditCode(String employerCreditCode) {
		this.employerCreditCode = ChineseIdentifiers.normalizeCode(employerCreditCode);
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

	public String getProjectSite() {
		return projectSite;
	}

	public void setProjectSite(String projectSite) {
		this.projectSite = projectSite;
	}

	public String getGeneralContractor() {
		return generalContractor;
	}

	public void setGeneralContractor(String generalContractor) {
		this.generalContractor = generalContractor;
	}

	public String getSubcontractor() {
		return subcontractor;
	}

	public void setSubcontractor(String subcontractor) {
		this.subcontractor = subcontractor;
	}

	public YearMonth getPeriodFrom() {
		return periodFrom;
	}

	public void setPeriodFrom(YearMonth periodFrom) {
		this.periodFrom = periodFrom;
	}

	public YearMonth getPeriodTo() {
		return periodTo;
	}

	public void setPeriodTo(YearMonth periodTo) {
		this.periodTo = periodTo;
	}

	public BigDecimal getAmountOwed() {
		return amountOwed;
	}

	public void setAmountOwed(BigDecimal amountOwed) {
		this.amountOwed = amountOwed;
	}

	public String getRoster() {
		return roster;
	}

	public void setRoster(String roster) {
		this.roster = roster;
	}

	public LocalDate getAccidentDate() {
		return accidentDate;
	}

	public void setAccidentDate(LocalDate accidentDate) {
		this.accidentDate = accidentDate;
	}

	public String getInjury() {
		return injury;
	}

	public void setInjury(String injury) {
		this.injury = injury;
	}

	public InjuryReported getInjuryReported() {
		return injuryReported;
	}

	public void setInjuryReported(InjuryReported injuryReported) {
		this.injuryReported = injuryReported;
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
