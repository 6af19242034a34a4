package org.unionrights.enterprises;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface EnterpriseGroups extends JpaRepository<EnterpriseGroup, Long>, JpaSpecificationExecutor<EnterpriseGroup> {

	/** Whether the enterprise leads or belongs to an active group. */
	@Query("select count(g) > 0 from EnterpriseGroup g left join g.members m where g.dissolvedOn is null"
			+ " and (g.leadEnterpriseId = :enterpriseId or m.enterpriseId = :enterpriseId)")
	boolean isInActiveGroup(long enterpriseId);

	@Query("select distinct g from EnterpriseGroup g left join g.members m where g.leadEnterpriseId = :enterpriseId"
			+ " or m.enterpriseId = :enterpriseId")
	List<EnterpriseGroup> findOf(long enterpriseId);

	/** Whether the enterprise leads or belongs to any group, active or not. */
	@Query("select count(g) > 0 from EnterpriseGroup g left join g.members m where g.leadEnterpriseId = :enterpriseId"
			+ " or m.enterpriseId = :enterpriseId")
	boolean isInAnyGroup(long enterpriseId);

}
