package org.unionrights.accounts;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.unionrights.security.Role;

interface UserAccounts extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	/** The row locked for update, so concurrent failed logins are all counted. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from UserAccount a where a.username = :username")
	Optional<UserAccount> findForLoginUpdate(String username);

	boolean existsByUsername(String username);

	long countByRoleAndEnabledTrue(Role role);

	java.util.List<UserAccount> findByRoleAndEnabledTrueOrderByDisplayName(Role role);

	java.util.List<UserAccount> findByUsernameIn(java.util.Collection<String> usernames);

	Page<UserAccount> findAllByOrderByUsername(Pageable pageable);

}
