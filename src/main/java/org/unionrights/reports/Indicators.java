package org.unionrights.reports;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Indicators extends JpaRepository<Indicator, Long> {

	List<Indicator> findAllByOrderByPositionAscIdAsc();

	Optional<Indicator> findByCode(String code);

}
