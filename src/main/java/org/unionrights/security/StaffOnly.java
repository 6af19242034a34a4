package org.unionrights.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * For union staff only: city staff and county officers (triage, opening and handing on cases,
 * chasing, follow-ups). Anyone else gets 403; what staff may see is still their {@link Scope}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('CITY_STAFF', 'COUNTY_OFFICER')")
public @interface StaffOnly {
}
