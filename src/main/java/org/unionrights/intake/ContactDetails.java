package org.unionrights.intake;

/**
 * A worker's full contact numbers, shown to staff on request and logged as revealed.
 */
public record ContactDetails(String mobile, String idNumber) {
}
