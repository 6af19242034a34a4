package org.unionrights.enterprises;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.unionrights.common.RuleViolationException;

/**
 * A "1+3" group: one enterprise with a union leads up to {@link #MAX_MEMBERS} small or micro
 * enterprises without one. Its rules (domain.md): the lead must have a union; a member must not,
 * and must be small or micro; no fourth member; an enterprise is in at most one active group
 * (the caller says whether it already is one's). A member that founds its union stays, and is
 * the group's success.
 */
@Entity
@Table(name = "enterprise_group")
class EnterpriseGroup {

	static final int MAX_MEMBERS = 3;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "county_id")
	private long countyId;

	@Column(name = "lead_enterprise_id")
	private long leadEnterpriseId;

	private String liaison;

	@Column(name = "formed_on")
	private LocalDate formedOn;

	@Column(name = "dissolved_on")
	private LocalDate dissolvedOn;

	@ElementCollection
	@org.hibernate.annotations.BatchSize(size = 50)
	@CollectionTable(name = "enterprise_group_member", joinColumns = @JoinColumn(name = "group_id"))
	private List<GroupMember> members = new ArrayList<>();

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	@Version
	private long version;

	protected EnterpriseGroup() {
	}

	/** A new group led by an enterprise with a union that leads or belongs to no active group. */
	EnterpriseGroup(EnterpriseView lead, boolean leadInActiveGroup, String liaison, LocalDate formedOn, LocalDate today,
			String by, Instant now) {
		if (!lead.hasUnion()) {
			throw new RuleViolationException("leadId", "group.lead.noUnion");
		}
		if (leadInActiveGroup) {
			throw new RuleViolationException("leadId", "group.alreadyInGroup");
		}
		if (liaison == null || liaison.isBlank() || liaison.strip().length() > 50) {
			throw new RuleViolationException("liaison", "group.liaison.invalid");
		}
		if (formedOn == null || formedOn.isAfter(today)) {
			throw new RuleViolationException("formedOn", formedOn == null ? "validation.required" : "validation.future");
		}
		this.countyId = lead.countyId();
		this.leadEnterpriseId = lead.id();
		this.liaison = liaison.strip();
		this.formedOn = formedOn;
		this.createdAt = now;
		this.createdBy = by;
	}

	/** Takes in a small or micro enterprise without a union that is in no active group, up to three. */
	void addMember(EnterpriseView member, boolean inActiveGroup, LocalDate joinedOn, LocalDate today) {
		if (dissolvedOn != null) {
			throw new RuleViolationException("memberId", "group.dissolved");
		}
		if (member.id() == leadEnterpriseId || members.stream().anyMatch(m -> m.getEnterpriseId() == member.id())
				|| inActiveGroup) {
			throw new RuleViolationException("memberId", "group.alreadyInGroup");
		}
		if (members.size() >= MAX_MEMBERS) {
			throw new RuleViolationException("memberId", "group.full");
		}
		if (member.hasUnion()) {
			throw new RuleViolationException("memberId", "group.member.hasUnion");
		}
		if (!member.size().isSmallOrMicro()) {
			throw new RuleViolationException("memberId", "group.member.size");
		}
		if (member.countyId() != countyId) {
			throw new RuleViolationException("memberId", "group.member.otherCounty");
		}
		if (joinedOn == null || joinedOn.isAfter(today) || joinedOn.isBefore(formedOn)) {
			throw new RuleViolationException("joinedOn", joinedOn == null ? "validation.required" : "group.member.date");
		}
		members.add(new GroupMember(member.id(), joinedOn));
	}

	/**
	 * The members that founded their union since they joined: the group's success. {@code unionFoundedOn}
	 * gives each member's founding day, or {@code null}.
	 */
	List<Long> founded(java.util.function.LongFunction<LocalDate> unionFoundedOn) {
		return members.stream()
			.filter(member -> {
				LocalDate founded = unionFoundedOn.apply(member.getEnterpriseId());
				return founded != null && !founded.isBefore(member.getJoinedOn());
			})
			.map(GroupMember::getEnterpriseId)
			.toList();
	}

	boolean isActive() {
		return dissolvedOn == null;
	}

	Long getId() {
		return id;
	}

	long getCountyId() {
		return countyId;
	}

	long getLeadEnterpriseId() {
		return leadEnterpriseId;
	}

	String getLiaison() {
		return liaison;
	}

	LocalDate getFormedOn() {
		return formedOn;
	}

	List<GroupMember> getMembers() {
		return List.copyOf(members);
	}

	long getVersion() {
		return version;
	}

}
