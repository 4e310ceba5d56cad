package com.legspasms.export;

import java.nio.file.Path;

/**
 * Thrown when the folder named by {@code --site.export-to} holds files that an earlier
 * export did not write: the export replaces its folder as a whole (so a page withdrawn
 * since the last export cannot linger there), and will not delete someone else's files.
 */
public class ExportFolderInUseException extends RuntimeException {

	private final Path folder;

	/**
	 * Creates the exception.
	 * @param folder the folder asked for, absolute
	 */
	public ExportFolderInUseException(Path folder) {
		super("the export folder " + folder + " holds files that are not an earlier export of this site");
		this.folder = folder;
	}

	/**
	 * The folder asked for.
	 * @return its absolute path
	 */
	public Path getFolder() {
		return this.folder;
	}

}
