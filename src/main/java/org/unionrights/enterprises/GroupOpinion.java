package org.unionrights.enterprises;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.unionrights.common.RuleViolationException;

/**
 * An opinion or suggestion (意见建议) the workers of a "1+3" group gave, and the union's answer:
 * open until answered, answered once.
 */
@Entity
@Table(name = "group_opinion")
class GroupOpinion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "group_id")
	private long groupId;

	@Enumerated(EnumType.STRING)
	private OpinionTopic topic;

	private String text;

	@Column(name = "raised_on")
	private LocalDate raisedOn;

	private String answer;

	@Column(name = "answered_on")
	private LocalDate answeredOn;

	@Column(name = "answered_by")
	private String answeredBy;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected GroupOpinion() {
	}

	GroupOpinion(long groupId, OpinionTopic topic, String text, LocalDate raisedOn, String recordedBy, Instant recordedAt) {
		this.groupId = groupId;
		this.topic = topic;
		this.text = text.strip();
		this.raisedOn = raisedOn;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	void answer(String text, LocalDate on, String by) {
		if (answer != null) {
			throw new RuleViolationException("answer", "group.opinion.answered");
		}
		if (on.isBefore(raisedOn)) {
			throw new RuleViolationException("answeredOn", "group.opinion.beforeRaised");
		}
		this.answer = text.strip();
		this.answeredOn = on;
		this.answeredBy = by;
	}

	long getGroupId() {
		return groupId;
	}

	GroupView.Opinion toView() {
		return new GroupView.Opinion(id, topic.name(), text, raisedOn, answer, answeredOn, answeredBy);
	}

}
