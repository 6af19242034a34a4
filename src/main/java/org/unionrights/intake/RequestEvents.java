package org.unionrights.intake;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestEvents extends JpaRepository<RequestEvent, Long> {

	List<RequestEvent> findByRequestIdAndPublicEventTrueOrderByOccurredAtAscIdAsc(long requestId);

	List<RequestEvent> findByRequestIdOrderByOccurredAtAscIdAsc(long requestId);

}
