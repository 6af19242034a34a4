package org.unionrights.reports.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.unionrights.reports.IndicatorUnit;

/** A new indicator as the administrator types it (code, unit and source only when it is made). */
public class IndicatorForm {

	@NotBlank
	@Pattern(regexp = "\\s*[A-Za-z][A-Za-z0-9_]{1,39}\\s*", message = "{indicator.code.pattern}")
	private String code;

	@NotBlank
	@Size(max = 100)
	private String nameZh;

	@NotBlank
	@Size(max = 100)
	private String nameEn;

	@NotNull
	private IndicatorUnit unit;

	private String source;

	@NotNull
	@Min(0)
	@Max(100000)
	private Integer position;

	private long version;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameZh() {
		return nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public IndicatorUnit getUnit() {
		return unit;
	}

	public void setUnit(IndicatorUnit unit) {
		this.unit = unit;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public Integer getPosition() {
		return position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
