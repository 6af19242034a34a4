package org.unionrights.enterprises;

/**
 * What the workers' opinion or suggestion is about. Labels: {@code opinionTopic.<NAME>}.
 */
public enum OpinionTopic {

	PAY, HOURS, SOCIAL_INSURANCE, REST, SAFETY, TRAINING, OTHER

}
