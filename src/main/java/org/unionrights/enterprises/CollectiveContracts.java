package org.unionrights.enterprises;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CollectiveContracts extends JpaRepository<CollectiveContract, Long>, JpaSpecificationExecutor<CollectiveContract> {

	@Query("select c from CollectiveContract c join c.enterpriseIds e where e = :enterpriseId order by c.offeredOn desc")
	List<CollectiveContract> findCovering(long enterpriseId);

	@Query("select c.id from CollectiveContract c join c.enterpriseIds e where e = :enterpriseId")
	List<Long> coveringOf(long enterpriseId);

	/**
	 * Effective contracts that took effect between the two days (those whose term of 1 to 3 years
	 * may end within the renewal window), by that day.
	 */
	@Query("select c from CollectiveContract c where c.stage = org.unionrights.enterprises.ContractStage.EFFECTIVE"
			+ " and c.effectiveOn between :from and :to order by c.effectiveOn")
	List<CollectiveContract> findEffectiveBetween(LocalDate from, LocalDate to);

	List<CollectiveContract> findByOfferedOnBetween(LocalDate from, LocalDate to);

}
