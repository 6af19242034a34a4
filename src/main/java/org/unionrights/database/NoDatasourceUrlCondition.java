package org.unionrights.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) is not set.
 */
public class NoDatasourceUrlCondition implements Condition {

	public static final String DATASOURCE_URL = "spring.datasource.url";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !StringUtils.hasText(context.getEnvironment().getProperty(DATASOURCE_URL));
	}

}
