package org.unionrights.counties;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A district or county union's area, read-only reference data.
 */
@Entity
@Immutable
@Table(name = "county")
class County {

	@Id
	private Long id;

	private String code;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	private String kind;

	@Column(name = "sort_order")
	private int sortOrder;

	private boolean active;

	protected County() {
	}

	CountyRef toRef() {
		return new CountyRef(id, code, nameZh, nameEn);
	}

	boolean isActive() {
		return active;
	}

	int getSortOrder() {
		return sortOrder;
	}

}
