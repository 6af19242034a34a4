package org.unionrights.enterprises;

/**
 * An enterprise's industry, as the registry groups them. Labels: {@code industry.<NAME>}.
 */
public enum Industry {

	MANUFACTURING, CONSTRUCTION, LOGISTICS, PLATFORM, CATERING, RETAIL, SERVICES, MINING, AGRICULTURE, OTHER

}
