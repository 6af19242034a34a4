package org.unionrights.security;

/**
 * Ends every session of a staff member, e.g. after their account was disabled, given another
 * role or county, or a new password. Published by the accounts module; the sessions end when the
 * change is committed, and the next request of each asks them to sign in again.
 *
 * @param username whose sessions end
 */
public record SignOutEverywhere(String username) {
}
