package org.unionrights.counties;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Counties extends JpaRepository<County, Long> {

	List<County> findByActiveTrueOrderBySortOrder();

}
