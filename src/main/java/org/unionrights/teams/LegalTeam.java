package org.unionrights.teams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.unionrights.common.RuleViolationException;

/**
 * A legal service team and its lawyers. A lawyer is a member once.
 */
@Entity
@Table(name = "legal_team")
class LegalTeam {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private TeamKind kind;

	@Column(name = "county_id")
	private Long countyId;

	private boolean active = true;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "legal_team_member", joinColumns = @JoinColumn(name = "team_id"))
	private List<TeamMember> members = new ArrayList<>();

	protected LegalTeam() {
	}

	LegalTeam(String name, TeamKind kind, Long countyId, Instant now) {
		describe(name, kind, countyId);
		this.createdAt = now;
	}

	void describe(String name, TeamKind kind, Long countyId) {
		this.name = name.strip();
		this.kind = kind;
		this.countyId = countyId;
	}

	void addMember(long accountId, LawyerKind lawyerKind, Instant now) {
		if (members.stream().anyMatch(member -> member.getAccountId() == accountId)) {
			throw new RuleViolationException("accountId", "team.member.already");
		}
		members.add(new TeamMember(accountId, lawyerKind, now));
	}

	boolean removeMember(long accountId) {
		return members.removeIf(member -> member.getAccountId() == accountId);
	}

	void setActive(boolean active) {
		this.active = active;
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	TeamKind getKind() {
		return kind;
	}

	Long getCountyId() {
		return countyId;
	}

	boolean isActive() {
		return active;
	}

	long getVersion() {
		return version;
	}

	List<TeamMember> getMembers() {
		return members;
	}

}
