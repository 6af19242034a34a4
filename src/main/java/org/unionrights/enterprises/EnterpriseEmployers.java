package org.unionrights.enterprises;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnterpriseEmployers extends JpaRepository<EnterpriseEmployer, String> {

	List<EnterpriseEmployer> findByEnterpriseId(long enterpriseId);

}
