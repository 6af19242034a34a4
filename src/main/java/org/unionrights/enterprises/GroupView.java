package org.unionrights.enterprises;

import java.time.LocalDate;
import java.util.List;

/**
 * A "1+3" group as its page shows it: the lead, the members (and which founded a union since
 * joining: the group's success), the activity log and the workers' opinions.
 */
public record GroupView(long id, long countyId, EnterpriseView lead, String liaison, LocalDate formedOn,
		boolean active, List<Member> members, List<Activity> activities, List<Opinion> opinions, long version) {

	/** A member enterprise; {@code founded} when it founded its union since joining. */
	public record Member(EnterpriseView enterprise, LocalDate joinedOn, boolean founded) {
	}

	/** Labels: {@code groupActivity.<kind>}. */
	public record Activity(String kind, LocalDate heldOn, int peopleReached, String note, String recordedBy) {
	}

	/** Labels: {@code opinionTopic.<topic>}. */
	public record Opinion(long id, String topic, String text, LocalDate raisedOn, String answer, LocalDate answeredOn,
			String answeredBy) {

		public boolean answered() {
			return answer != null;
		}

	}

	/** How many members founded their union since joining. */
	public long successes() {
		return members.stream().filter(Member::founded).count();
	}

	/** Whether another member can join. */
	public boolean hasRoom() {
		return active && members.size() < EnterpriseGroup.MAX_MEMBERS;
	}

}
