package org.unionrights.deadlines;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarYears extends JpaRepository<CalendarYear, Integer> {

	List<CalendarYear> findAllByOrderByYearDesc();

}
