package org.unionrights.enterprises;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupActivities extends JpaRepository<GroupActivity, Long> {

	List<GroupActivity> findByGroupIdOrderByHeldOnDescIdDesc(long groupId);

}
