package org.unionrights.counties;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counties' public face: lists for forms and lookups by id.
 */
@Service
@Transactional(readOnly = true)
public class CountyDirectory {

	private final Counties counties;

	CountyDirectory(Counties counties) {
		this.counties = counties;
	}

	/** The active counties in their official order. */
	public List<CountyRef> active() {
		return counties.findByActiveTrueOrderBySortOrder().stream().map(County::toRef).toList();
	}

	public Optional<CountyRef> find(long id) {
		return counties.findById(id).map(County::toRef);
	}

	/** Whether the id names an active county: what a form may assign. */
	public boolean isActive(long id) {
		return counties.findById(id).filter(County::isActive).isPresent();
	}

	/** Every county by id, for labelling lists without a query per row. */
	public Map<Long, CountyRef> byId() {
		return counties.findAll().stream().map(County::toRef).collect(Collectors.toMap(CountyRef::id, Function.identity()));
	}

}
