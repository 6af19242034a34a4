package org.unionrights.teams;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalTeams extends JpaRepository<LegalTeam, Long> {

	/** Every team with its members in one query (they are shown, or looked through, together). */
	@EntityGraph(attributePaths = "members")
	List<LegalTeam> findAllByOrderByActiveDescNameAsc();

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

}
