package org.unionrights.enterprises;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractDocuments extends JpaRepository<ContractDocument, Long> {
}
