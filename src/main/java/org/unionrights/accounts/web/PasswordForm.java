package org.unionrights.accounts.web;

import jakarta.validation.constraints.NotBlank;

import org.unionrights.common.validation.StrongPassword;

/**
 * A new password, typed twice.
 */
public class PasswordForm {

	@NotBlank(message = "{validation.required}")
	@StrongPassword
	private String password;

	@NotBlank(message = "{validation.required}")
	private String passwordConfirm;

	boolean confirmed() {
		return password != null && password.equals(passwordConfirm);
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
