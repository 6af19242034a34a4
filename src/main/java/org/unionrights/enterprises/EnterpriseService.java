package org.unionrights.enterprises;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditEntry;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.RuleViolationException;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * The registry within the user's scope: a county officer keeps their county's enterprises (what
 * they register or change is put in their county, whatever a form says), city staff keep all. An
 * enterprise outside the scope does not exist for the user.
 */
@Service
@Transactional
@StaffOnly
public class EnterpriseService {

	/** The most enterprises one export holds; a larger one is refused, not cut short. */
	public static final int EXPORT_LIMIT = 20_000;

	private final Enterprises enterprises;

	private final EnterpriseEmployers employers;

	private final CountyDirectory counties;

	private final CollectiveContracts contractEnterprises;

	private final EnterpriseGroups groupMembers;

	private final AuditLog auditLog;

	private final Clock clock;

	EnterpriseService(Enterprises enterprises, EnterpriseEmployers employers, CountyDirectory counties,
			CollectiveContracts contractEnterprises, EnterpriseGroups groupMembers, AuditLog auditLog, Clock clock) {
		this.contractEnterprises = contractEnterprises;
		this.groupMembers = groupMembers;
		this.enterprises = enterprises;
		this.employers = employers;
		this.counties = counties;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The enterprises of the scope the filter finds, by name. */
	@Transactional(readOnly = true)
	public Page<EnterpriseView> list(PortalUser user, EnterpriseFilter filter, Pageable pageable) {
		return enterprises
			.findAll(EnterpriseScope.<Enterprise>byCounty(user.scope()).and(EnterpriseFilters.of(filter)),
					PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name", "id")))
			.map(Enterprise::toView);
	}

	/** All of them for an export (written to the audit log); refused beyond {@link #EXPORT_LIMIT}. */
	public List<EnterpriseView> export(PortalUser user, EnterpriseFilter filter) {
		Page<EnterpriseView> page = list(user, filter, PageRequest.of(0, EXPORT_LIMIT));
		if (page.getTotalElements() > EXPORT_LIMIT) {
			throw new RuleViolationException(null, "enterprises.export.tooMany");
		}
		auditLog.record("ENTERPRISES_EXPORTED", "enterprises", Detail.of("audit.detail.rows", page.getTotalElements()));
		return page.getContent();
	}

	@Transactional(readOnly = true)
	public EnterpriseView find(PortalUser user, long id) {
		return load(user, id).toView();
	}

	/** Registers an enterprise; its credit code must be new to the registry. */
	public EnterpriseView register(PortalUser user, EnterpriseData data) {
		EnterpriseData placed = inScope(user, data);
		String code = Enterprise.checkedCode(placed.creditCode());
		if (enterprises.findByCreditCode(code).isPresent()) {
			throw new RuleViolationException("creditCode", "enterprise.code.taken");
		}
		Enterprise enterprise = new Enterprise(placed, today(), user.getUsername(), clock.instant());
		try {
			enterprises.saveAndFlush(enterprise);
		}
		catch (DataIntegrityViolationException ex) {
			// Registered by someone else at the same moment.
			throw new RuleViolationException("creditCode", "enterprise.code.taken");
		}
		auditLog.record("ENTERPRISE_REGISTERED", subject(enterprise.getId()), Detail.of("audit.detail.enterprise",
				enterprise.getName(), code));
		return enterprise.toView();
	}

	/** Changes an enterprise from a form opened at {@code version}. */
	public void update(PortalUser user, long id, long version, EnterpriseData data) {
		Enterprise enterprise = load(user, id);
		EnterpriseData placed = inScope(user, data);
		String code = Enterprise.checkedCode(placed.creditCode());
		Optional<Enterprise> holder = enterprises.findByCreditCode(code);
		if (holder.isPresent() && !holder.get().getId().equals(enterprise.getId())) {
			throw new RuleViolationException("creditCode", "enterprise.code.taken");
		}
		if (placed.countyId() != enterprise.getCountyId() && (!contractEnterprises.coveringOf(id).isEmpty()
				|| groupMembers.isInAnyGroup(id))) {
			// Its contracts and group belong to its county: it cannot leave them behind.
			throw new RuleViolationException("countyId", "enterprise.county.bound");
		}
		enterprise.update(version, placed, today(), clock.instant());
		auditLog.record("ENTERPRISE_UPDATED", subject(id), Detail.of("audit.detail.enterprise", enterprise.getName(), code));
	}

	/** The enterprise an employer of requests and cases is: by its credit code, or linked by hand. */
	@Transactional(readOnly = true)
	public Optional<EnterpriseView> forEmployer(PortalUser user, String employerKey) {
		Optional<Enterprise> found = employerKey != null && employerKey.startsWith("code:")
				? enterprises.findByCreditCode(employerKey.substring("code:".length()))
				: employers.findById(employerKey == null ? "" : employerKey).flatMap(link -> enterprises.findById(link.getEnterpriseId()));
		return found.filter(enterprise -> EnterpriseScope.allows(user.scope(), enterprise.getCountyId()))
			.map(Enterprise::toView);
	}

	/**
	 * Recognises an employer typed without its credit code (by its name, as requests spell it) as
	 * this enterprise: its requests and cases show on the enterprise's page.
	 */
	public void linkEmployer(PortalUser user, long id, String employerName) {
		Enterprise enterprise = load(user, id);
		if (employerName == null || employerName.isBlank() || employerName.strip().length() > 100) {
			throw new RuleViolationException("employerName", "enterprise.link.invalid");
		}
		String key = org.unionrights.intake.EmployerKeys.of(employerName, null);
		if (employers.findById(key).filter(link -> link.getEnterpriseId() != id).isPresent()) {
			// Recognised as another enterprise (perhaps another county's): not taken from it here.
			throw new RuleViolationException("employerName", "enterprise.link.taken");
		}
		if (employers.existsById(key)) {
			return;
		}
		employers.save(new EnterpriseEmployer(key, enterprise.getId(), user.getUsername(), clock.instant()));
		auditLog.record("ENTERPRISE_EMPLOYER_LINKED", subject(id), Detail.of("audit.detail.person", employerName.strip()));
	}

	/** The keys its requests and cases carry: its code, and the employers linked by hand. */
	@Transactional(readOnly = true)
	public List<String> employerKeys(PortalUser user, long id) {
		Enterprise enterprise = load(user, id);
		List<String> keys = new ArrayList<>();
		keys.add("code:" + enterprise.getCreditCode());
		employers.findByEnterpriseId(id).forEach(link -> keys.add(link.getEmployerKey()));
		return keys;
	}

	/**
	 * The ids of the enterprises with these credit codes (however typed) in the user's scope, in
	 * order; a code not registered there is refused with the code in the message.
	 */
	@Transactional(readOnly = true)
	public List<Long> idsOf(PortalUser user, List<String> typedCodes, String field) {
		List<Long> ids = new ArrayList<>();
		for (String typed : typedCodes) {
			String code = org.unionrights.common.validation.ChineseIdentifiers.normalizeCode(typed);
			Enterprise enterprise = enterprises.findByCreditCode(code)
				.filter(found -> EnterpriseScope.allows(user.scope(), found.getCountyId()))
				.orElseThrow(() -> new RuleViolationException(field, "enterprise.code.unknown"));
			ids.add(enterprise.getId());
		}
		return ids;
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> history(PortalUser user, long id, Pageable pageable) {
		load(user, id);
		return auditLog.about(subject(id), pageable);
	}

	/** A county officer's enterprise is in their county; city staff name an active county. */
	private EnterpriseData inScope(PortalUser user, EnterpriseData data) {
		long countyId = user.scope().onlyCounty().orElse(data.countyId());
		if (!counties.isActive(countyId)) {
			throw new RuleViolationException("countyId", "validation.required");
		}
		return new EnterpriseData(countyId, data.name(), data.creditCode(), data.industry(), data.size(), data.employees(),
				data.unionFoundedOn(), data.supervisionCommittee(), data.mediationCommittee(), data.newEmploymentForm());
	}

	Enterprise load(PortalUser user, long id) {
		return enterprises.findById(id)
			.filter(enterprise -> EnterpriseScope.allows(user.scope(), enterprise.getCountyId()))
			.orElseThrow(() -> new EnterpriseNotFoundException(id));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	static String subject(long id) {
		return "enterprise:" + id;
	}

}
