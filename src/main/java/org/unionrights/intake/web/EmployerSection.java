package org.unionrights.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.unionrights.common.validation.ChineseIdentifiers;
import org.unionrights.common.validation.Identifier;

/**
 * The employer part of the help form ({@code employer.*}): its name, and its unified social
 * credit code if the worker knows it.
 */
public class EmployerSection {

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.size.max}")
	private String name;

	@Identifier(Identifier.Kind.CREDIT_CODE)
	private String creditCode;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? null : name.strip();
	}

	public String getCreditCode() {
		return creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = ChineseIdentifiers.normalizeCode(creditCode);
	}

}
