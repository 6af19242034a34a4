package org.unionrights.enterprises;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupOpinions extends JpaRepository<GroupOpinion, Long> {

	List<GroupOpinion> findByGroupIdOrderByRaisedOnDescIdDesc(long groupId);

}
