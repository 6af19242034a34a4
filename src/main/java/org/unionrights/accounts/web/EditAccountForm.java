package org.unionrights.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.unionrights.accounts.AccountView;
import org.unionrights.security.Role;

/**
 * The form that changes an account's name, role and county; it carries the version it was opened
 * at, so a save over someone else's change is refused.
 */
public class EditAccountForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 50, message = "{validation.size.max}")
	private String displayName;

	@NotNull(message = "{validation.required}")
	private Role role;

	private Long countyId;

	private long version;

	static EditAccountForm of(AccountView account) {
		EditAccountForm form = new EditAccountForm();
		form.displayName = account.displayName();
		form.role = account.role();
		form.countyId = account.countyId();
		form.version = account.version();
		return form;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
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
