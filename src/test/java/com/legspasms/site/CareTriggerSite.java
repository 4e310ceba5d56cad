package com.legspasms.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A content folder for tests of the care cards shown above search results: the real articles,
 * pictures and synonyms, with the care blocks of {@code src/test/resources/search-care/care}
 * (urgent and emergency blocks with {@code triggers}, and a see-doctor block whose triggers must
 * never show). Used until the real care blocks carry triggers.
 */
public final class CareTriggerSite {

	/** Where the folder is made, for {@code site.content-dir}. */
	public static final String DIR = "target/care-trigger-site";

	/** The fixture care blocks. */
	public static final Path BLOCKS = Path.of("src/test/resources/search-care/care");

	private CareTriggerSite() {
	}

	/** (Re)makes the folder from the real content and the fixture care blocks; safe to call often. */
	public static synchronized void prepare() {
		Path dir = Path.of(DIR);
		try {
			copy(Path.of("content", "articles"), dir.resolve("articles"));
			copy(Path.of("content", "images"), dir.resolve("images"));
			copy(BLOCKS, dir.resolve("care"));
			Files.copy(Path.of("content", "synonyms.txt"), dir.resolve("synonyms.txt"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

}
