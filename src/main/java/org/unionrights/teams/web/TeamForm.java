package org.unionrights.teams.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.unionrights.teams.TeamKind;
import org.unionrights.teams.TeamView;

/**
 * A team's name, kind and county; an edit carries the version it was opened at.
 */
public class TeamForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 60, message = "{validation.size.max}")
	private String name;

	@NotNull(message = "{validation.required}")
	private TeamKind kind;

	private Long countyId;

	private long version;

	static TeamForm of(TeamView team) {
		TeamForm form = new TeamForm();
		form.name = team.name();
		form.kind = team.kind();
		form.countyId = team.countyId();
		form.version = team.version();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public TeamKind getKind() {
		return kind;
	}

	public void setKind(TeamKind kind) {
		this.kind = kind;
	}

	public Long getCountyId() {
		return countyId;
	}

	public void setCountyId(Long countyId) {
		this.countyId = countyId;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
