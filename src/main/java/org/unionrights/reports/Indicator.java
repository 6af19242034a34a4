package org.unionrights.reports;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.unionrights.common.RuleViolationException;
import org.unionrights.common.StaleEditException;

/**
 * One indicator of the monthly report: computed by the portal from a module's figure
 * ({@code source}, {@code cases.OPENED}) or entered by hand ({@code source} null). Its code, unit
 * and source never change once made (reports hold its values); its names and position may. Retired,
 * never deleted.
 */
@Entity
@Table(name = "indicator")
class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String nameZh;

	private String nameEn;

	@Enumerated(EnumType.STRING)
	private IndicatorUnit unit;

	private String source;

	private int position;

	private Instant retiredAt;

	private String retiredBy;

	@Version
	private long version;

	protected Indicator() {
	}

	Indicator(String code, String nameZh, String nameEn, IndicatorUnit unit, String source, int position) {
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.unit = unit;
		this.source = source;
		this.position = position;
	}

	void rename(long expectedVersion, String nameZh, String nameEn, int position) {
		checkVersion(expectedVersion);
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.position = position;
	}

	void retire(long expectedVersion, String by, Instant now) {
		checkVersion(expectedVersion);
		if (retiredAt != null) {
			throw new RuleViolationException(null, "indicator.alreadyRetired");
		}
		this.retiredAt = now;
		this.retiredBy = by;
	}

	void reinstate(long expectedVersion) {
		checkVersion(expectedVersion);
		this.retiredAt = null;
		this.retiredBy = null;
	}

	private void checkVersion(long expectedVersion) {
		if (expectedVersion != version) {
			throw new StaleEditException("indicator " + id, version);
		}
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	IndicatorView view() {
		return new IndicatorView(id, code, nameZh, nameEn, unit, source, position, retiredAt, version);
	}

}
