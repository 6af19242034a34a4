package org.unionrights.cases.web;

/**
 * A case form that carries the version of the case it was opened at, so that a save after someone
 * else's is refused (409) and the form comes back with the current version.
 */
interface VersionedForm {

	long getVersion();

	void setVersion(long version);

}
