/**
 * Files people send: a worker's evidence, a case's documents, and next an enterprise's signed
 * contracts. Checks them (size, type by content), strips photo metadata, keeps the bytes outside
 * the database under server-made names, opens and deletes them. Records that own a file embed
 * {@link org.unionrights.files.StoredFile}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files",
		allowedDependencies = {})
package org.unionrights.files;
