package org.unionrights.enterprises;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Enterprises extends JpaRepository<Enterprise, Long>, JpaSpecificationExecutor<Enterprise> {

	Optional<Enterprise> findByCreditCode(String creditCode);

	@Query("select e.creditCode from Enterprise e where e.creditCode in :codes")
	List<String> findRegisteredCodes(Collection<String> codes);

}
