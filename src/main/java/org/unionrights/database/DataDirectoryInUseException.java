package org.unionrights.database;

import java.nio.file.Path;

/**
 * The embedded database folder is held by another running portal.
 */
public class DataDirectoryInUseException extends IllegalStateException {

	public DataDirectoryInUseException(Path dataDir) {
		super("The database folder " + dataDir + " is in use by another running portal. Stop it first, "
				+ "or give this one its own folder with --portal.embedded-db.data-dir=<folder>.");
	}

}
