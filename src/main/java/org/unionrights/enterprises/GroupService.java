package org.unionrights.enterprises;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.RuleViolationException;
import org.unionrights.security.PortalUser;
import org.unionrights.security.StaffOnly;

/**
 * "1+3" groups within the user's scope: formed around a lead enterprise, members taken in by the
 * group's rules ({@link EnterpriseGroup}), activities logged, the workers' opinions recorded and
 * answered. Every enterprise is read through the registry's scope.
 */
@Service
@Transactional
@StaffOnly
public class GroupService {

	private final EnterpriseGroups groups;

	private final GroupActivities activities;

	private final GroupOpinions opinions;

	private final EnterpriseService enterprises;

	private final Enterprises registry;

	private final AuditLog auditLog;

	private final Clock clock;

	GroupService(EnterpriseGroups groups, GroupActivities activities, GroupOpinions opinions,
			EnterpriseService enterprises, Enterprises registry, AuditLog auditLog, Clock clock) {
		this.groups = groups;
		this.activities = activities;
		this.opinions = opinions;
		this.enterprises = enterprises;
		this.registry = registry;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<GroupView> list(PortalUser user, Pageable pageable) {
		Page<EnterpriseGroup> page = groups.findAll(EnterpriseScope.<EnterpriseGroup>byCounty(user.scope()),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
						Sort.by(Sort.Direction.DESC, "formedOn", "id")));
		Map<Long, EnterpriseView> named = named(page.getContent());
		return page.map(group -> view(group, named, false));
	}

	@Transactional(readOnly = true)
	public GroupView find(PortalUser user, long id) {
		return view(load(user, id), true);
	}

	/** The groups an enterprise the user may see leads or belongs to. */
	@Transactional(readOnly = true)
	public List<GroupView> of(PortalUser user, long enterpriseId) {
		enterprises.load(user, enterpriseId);
		List<EnterpriseGroup> found = groups.findOf(enterpriseId);
		Map<Long, EnterpriseView> named = named(found);
		return found.stream().map(group -> view(group, named, false)).toList();
	}

	public GroupView form(PortalUser user, long leadId, String liaison, LocalDate formedOn) {
		EnterpriseView lead = enterprises.load(user, leadId).toView();
		EnterpriseGroup group = groups.saveAndFlush(new EnterpriseGroup(lead, groups.isInActiveGroup(leadId), liaison,
				formedOn, today(), user.getUsername(), clock.instant()));
		auditLog.record("GROUP_FORMED", subject(group.getId()), Detail.of("audit.detail.person", lead.name()));
		return view(group, false);
	}

	/**
	 * Adds the enterprise of a typed credit code. The group is found first, in the user's scope:
	 * another county's group is not found, whatever code was typed.
	 */
	public void addMember(PortalUser user, long id, String memberCode, LocalDate joinedOn) {
		load(user, id);
		addMember(user, id, enterprises.idsOf(user, List.of(memberCode), "memberCode").get(0), joinedOn);
	}

	public void addMember(PortalUser user, long id, long enterpriseId, LocalDate joinedOn) {
		EnterpriseGroup group = load(user, id);
		EnterpriseView member = enterprises.load(user, enterpriseId).toView();
		group.addMember(member, groups.isInActiveGroup(enterpriseId), joinedOn, today());
		auditLog.record("GROUP_MEMBER_ADDED", subject(id), Detail.of("audit.detail.person", member.name()));
	}

	public void recordActivity(PortalUser user, long id, GroupActivityKind kind, LocalDate heldOn, int peopleReached,
			String note) {
		EnterpriseGroup group = load(user, id);
		if (kind == null) {
			throw new RuleViolationException("kind", "validation.required");
		}
		if (heldOn == null || heldOn.isAfter(today()) || heldOn.isBefore(group.getFormedOn())) {
			throw new RuleViolationException("heldOn", heldOn == null ? "validation.required" : "group.activity.date");
		}
		if (peopleReached < 0 || peopleReached > 100_000) {
			throw new RuleViolationException("peopleReached", "group.activity.people");
		}
		activities.save(new GroupActivity(id, kind, heldOn, peopleReached, note, user.getUsername(), clock.instant()));
		auditLog.record("GROUP_ACTIVITY", subject(id), Detail.of("audit.detail.labelOn",
				Detail.label("groupActivity." + kind), heldOn));
	}

	public void raiseOpinion(PortalUser user, long id, OpinionTopic topic, String text) {
		load(user, id);
		if (topic == null) {
			throw new RuleViolationException("topic", "validation.required");
		}
		if (text == null || text.isBlank() || text.strip().length() > 1000) {
			throw new RuleViolationException("text", "group.opinion.text");
		}
		opinions.save(new GroupOpinion(id, topic, text, today(), user.getUsername(), clock.instant()));
		auditLog.record("GROUP_OPINION", subject(id), Detail.of("audit.detail.label", Detail.label("opinionTopic." + topic)));
	}

	public void answerOpinion(PortalUser user, long id, long opinionId, String answer) {
		load(user, id);
		GroupOpinion opinion = opinions.findById(opinionId)
			.filter(found -> found.getGroupId() == id)
			.orElseThrow(() -> new EnterpriseNotFoundException("opinion " + opinionId));
		if (answer == null || answer.isBlank() || answer.strip().length() > 1000) {
			throw new RuleViolationException("answer", "group.opinion.text");
		}
		opinion.answer(answer, today(), user.getUsername());
		auditLog.record("GROUP_OPINION_ANSWERED", subject(id), Detail.of("audit.detail.label",
				Detail.label("group.opinion.answered.short")));
	}

	private GroupView view(EnterpriseGroup group, boolean withLogs) {
		return view(group, named(List.of(group)), withLogs);
	}

	/** The lead and member enterprises of the groups, read in one query for a whole page. */
	private Map<Long, EnterpriseView> named(Collection<EnterpriseGroup> page) {
		Set<Long> ids = new HashSet<>();
		page.forEach(group -> {
			ids.add(group.getLeadEnterpriseId());
			group.getMembers().forEach(member -> ids.add(member.getEnterpriseId()));
		});
		return ids.isEmpty() ? Map.of()
				: registry.findAllById(ids)
					.stream()
					.map(Enterprise::toView)
					.collect(Collectors.toMap(EnterpriseView::id, Function.identity()));
	}

	private GroupView view(EnterpriseGroup group, Map<Long, EnterpriseView> named, boolean withLogs) {
		List<Long> founded = group.founded(memberId -> named.get(memberId).unionFoundedOn());
		List<GroupView.Member> members = group.getMembers()
			.stream()
			.map(member -> new GroupView.Member(named.get(member.getEnterpriseId()), member.getJoinedOn(),
					founded.contains(member.getEnterpriseId())))
			.toList();
		return new GroupView(group.getId(), group.getCountyId(), named.get(group.getLeadEnterpriseId()),
				group.getLiaison(), group.getFormedOn(), group.isActive(), members,
				withLogs ? activities.findByGroupIdOrderByHeldOnDescIdDesc(group.getId()).stream().map(GroupActivity::toView).toList()
						: List.of(),
				withLogs ? opinions.findByGroupIdOrderByRaisedOnDescIdDesc(group.getId()).stream().map(GroupOpinion::toView).toList()
						: List.of(),
				group.getVersion());
	}

	EnterpriseGroup load(PortalUser user, long id) {
		return groups.findById(id)
			.filter(group -> EnterpriseScope.allows(user.scope(), group.getCountyId()))
			.orElseThrow(() -> new EnterpriseNotFoundException("group " + id));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	static String subject(long id) {
		return "group:" + id;
	}

}
