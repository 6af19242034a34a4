package org.unionrights.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.unionrights.accounts.NewAccount;
import org.unionrights.common.validation.StrongPassword;
import org.unionrights.security.Role;

/**
 * The form that opens an account.
 */
public class NewAccountForm {

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "^$|^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$", message = "{account.username.pattern}")
	private String username;

	@NotBlank(message = "{validation.required}")
	@Size(max = 50, message = "{validation.size.max}")
	private String displayName;

	@NotNull(message = "{validation.required}")
	private Role role;

	private Long countyId;

	@NotBlank(message = "{validation.required}")
	@StrongPassword
	private String password;

	@NotBlank(message = "{validation.required}")
	private String passwordConfirm;

	NewAccount toNewAccount() {
		return new NewAccount(username, displayName, role, countyId, password);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
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

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordConfirm() {
		return passwordConfirm;
	}

	public void setPasswordConfirm(String passwordConfirm) {
		this.passwordConfirm = passwordConfirm;
	}

}
