package org.unionrights.teams;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LegalTeams extends JpaRepository<LegalTeam, Long> {

	List<LegalTeam> findAllByOrderByActiveDescNameAsc();

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

}
