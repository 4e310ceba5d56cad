package com.legspasms.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A copy of the real {@code content/} folder under {@code target/} that a test may edit
 * while a site watches it, and the file reads and writes such tests make.
 */
public final class ContentCopy {

	private ContentCopy() {
	}

	/**
	 * Copies {@code content/} into a new folder under {@code target/} (inside the working
	 * directory, so problems name paths relative to it).
	 * @param prefix the start of the new folder's name
	 * @return the copy
	 */
	public static Path ofRealContent(String prefix) {
		try {
			Path copy = Files.createTempDirectory(Files.createDirectories(Path.of("target")), prefix);
			try (Stream<Path> files = Files.walk(Path.of("content"))) {
				for (Path file : files.toList()) {
					Path to = copy.resolve(Path.of("content").relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(to);
					}
					else {
						Files.copy(file, to);
					}
				}
			}
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of a file. */
	public static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes a file, replacing what it held. */
	public static void write(Path file, String text) {
		try {
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
