package org.unionrights.enterprises;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CollectiveContracts extends JpaRepository<CollectiveContract, Long>, JpaSpecificationExecutor<CollectiveContract> {

	@Query("select c from CollectiveContract c join c.enterpriseIds e where e = :enterpriseId order by c.offeredOn desc")
	List<CollectiveContract> findCovering(long enterpriseId);

	/** The contracts in force, by the day they took effect. */
	@Query("select c from CollectiveContract c where c.stage = org.unionrights.enterprises.ContractStage.EFFECTIVE"
			+ " and c.effectiveOn is not null order by c.effectiveOn")
	List<CollectiveContract> findInForce();

	List<CollectiveContract> findByOfferedOnBetween(LocalDate from, LocalDate to);

}
