package org.unionrights.enterprises;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.unionrights.audit.AuditEntry;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.RuleViolationException;
import org.unionrights.deadlines.OfficialCalendar;
import org.unionrights.files.FileView;
import org.unionrights.files.InvalidFileException;
import org.unionrights.files.StoredFiles;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * Collective contracts within the user's scope: started with the offer (要约) for enterprises of
 * the user's county, moved through their stages, their signed document attached; each read with
 * its bargaining clocks on the official calendar. Contracts in force that end within
 * {@link #RENEWAL_DAYS} days are listed for renewal.
 */
@Service
@Transactional
@StaffOnly
public class ContractService {

	/** How many days before its end a contract is listed for renewal. */
	public static final int RENEWAL_DAYS = 90;

	private final CollectiveContracts contracts;

	private final ContractDocuments documents;

	private final EnterpriseService enterprises;

	private final OfficialCalendar calendar;

	private final StoredFiles files;

	private final AuditLog auditLog;

	private final Clock clock;

	ContractService(CollectiveContracts contracts, ContractDocuments documents, EnterpriseService enterprises,
			OfficialCalendar calendar, StoredFiles files, AuditLog auditLog, Clock clock) {
		this.contracts = contracts;
		this.documents = documents;
		this.enterprises = enterprises;
		this.calendar = calendar;
		this.files = files;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The contracts of the scope, newest offer first; {@code stage} narrows them. */
	@Transactional(readOnly = true)
	public Page<ContractView> list(PortalUser user, ContractStage stage, Pageable pageable) {
		Specification<CollectiveContract> inStage = (contract, query, builder) -> stage == null ? builder.conjunction()
				: builder.equal(contract.get("stage"), stage);
		return contracts
			.findAll(EnterpriseScope.<CollectiveContract>byCounty(user.scope()).and(inStage), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
					Sort.by(Sort.Direction.DESC, "offeredOn", "id")))
			.map(this::view);
	}

	@Transactional(readOnly = true)
	public ContractView find(PortalUser user, long id) {
		return view(load(user, id));
	}

	/** The contracts that cover an enterprise the user may see. */
	@Transactional(readOnly = true)
	public List<ContractView> covering(PortalUser user, long enterpriseId) {
		enterprises.load(user, enterpriseId);
		return contracts.findCovering(enterpriseId).stream().map(this::view).toList();
	}

	/** Starts a contract with the offer; it covers enterprises of the user's scope, all of one county. */
	public ContractView offer(PortalUser user, ContractData data) {
		List<Enterprise> covered = data.enterpriseIds().stream().map(id -> enterprises.load(user, id)).toList();
		long countyId = covered.isEmpty() ? user.scope().onlyCounty().orElse(0) : covered.get(0).getCountyId();
		if (covered.stream().anyMatch(enterprise -> enterprise.getCountyId() != countyId)) {
			throw new RuleViolationException("enterpriseIds", "contract.enterprises.oneCounty");
		}
		CollectiveContract contract = contracts.saveAndFlush(new CollectiveContract(countyId, data, today(),
				user.getUsername(), clock.instant()));
		auditLog.record("CONTRACT_OFFERED", subject(contract.getId()), Detail.of("audit.detail.contract",
				contract.getTitle(), Detail.label("contractKind." + data.kind())));
		return view(contract);
	}

	/** Moves the contract to its next stage on the day it happened, from a page opened at {@code version}. */
	public void moveTo(PortalUser user, long id, long version, ContractStage next, LocalDate on) {
		CollectiveContract contract = load(user, id);
		contract.moveTo(version, next, on, today(), clock.instant());
		auditLog.record("CONTRACT_STAGE", subject(id), Detail.of("audit.detail.labelOn",
				Detail.label("contractStage." + next), on));
	}

	/** Attaches (or replaces) the signed document, checked like evidence. */
	public FileView attach(PortalUser user, long id, MultipartFile file) {
		CollectiveContract contract = load(user, id);
		if (file == null || file.isEmpty()) {
			throw new RuleViolationException("file", "attachment.choose");
		}
		try {
			var checked = files.check(file);
			documents.findById(contract.getId()).ifPresent(old -> {
				documents.delete(old);
				documents.flush();
				files.delete(old.getFile());
			});
			ContractDocument document = documents.save(new ContractDocument(contract.getId(), files.store(checked),
					user.getUsername(), clock.instant()));
			auditLog.record("CONTRACT_DOCUMENT", subject(id), Detail.of("audit.detail.person", checked.name()));
			return document.toView();
		}
		catch (InvalidFileException ex) {
			throw new RuleViolationException("file", ex.getCode());
		}
	}

	@Transactional(readOnly = true)
	public Optional<FileView> document(PortalUser user, long id) {
		return documents.findById(load(user, id).getId()).map(ContractDocument::toView);
	}

	/** The signed document's bytes, only through its own contract. */
	@Transactional(readOnly = true)
	public InputStream openDocument(PortalUser user, long id) throws IOException {
		ContractDocument document = documents.findById(load(user, id).getId())
			.orElseThrow(() -> new EnterpriseNotFoundException("contract document " + id));
		return files.open(document.getFile());
	}

	/** Contracts in force that end within {@link #RENEWAL_DAYS} days, soonest first. */
	@Transactional(readOnly = true)
	public List<ContractView> dueForRenewal(PortalUser user) {
		LocalDate today = today();
		LocalDate limit = today.plusDays(RENEWAL_DAYS);
		// A term is 1 to 3 years: those that end in the window took effect in these three years.
		return contracts.findEffectiveBetween(today.minusYears(3), limit.minusYears(1).plusDays(1))
			.stream()
			.filter(contract -> EnterpriseScope.allows(user.scope(), contract.getCountyId()))
			.filter(contract -> !contract.endsOn().isBefore(today) && !contract.endsOn().isAfter(limit))
			.map(this::view)
			.sorted(java.util.Comparator.comparing(ContractView::endsOn))
			.toList();
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> history(PortalUser user, long id, Pageable pageable) {
		load(user, id);
		return auditLog.about(subject(id), pageable);
	}

	private ContractView view(CollectiveContract contract) {
		return contract.toView(contract.clocks().stream().map(clock -> calendar.read(clock.rule(), clock.events())).toList());
	}

	CollectiveContract load(PortalUser user, long id) {
		return contracts.findById(id)
			.filter(contract -> EnterpriseScope.allows(user.scope(), contract.getCountyId()))
			.orElseThrow(() -> new EnterpriseNotFoundException("contract " + id));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	static String subject(long id) {
		return "contract:" + id;
	}

}
