package com.legspasms.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.legspasms.LegSpasmsApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The export replaces its folder as a whole, so nothing withdrawn since an earlier export
 * lingers there, and it never deletes files it did not write.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExportFolderTest {

	@Test
	void aNewExportReplacesTheEarlierOneWhole(@TempDir Path parent) throws IOException {
		Path folder = parent.resolve("site");
		export(folder);
		assertThat(folder.resolve(StaticExport.MARKER)).isNotEmptyFile();
		Path withdrawn = Files.writeString(
				Files.createDirectories(folder.resolve("articles/withdrawn-page")).resolve("index.html"), "old advice");

		export(folder);

		assertThat(withdrawn).doesNotExist();
		assertThat(folder.resolve("articles/muscle-spasms-in-legs/index.html")).isNotEmptyFile();
		assertThat(folder.resolve(StaticExport.MARKER)).isNotEmptyFile();
		try (Stream<Path> beside = Files.list(parent)) {
			assertThat(beside).as("nothing left beside the export").containsExactly(folder);
		}
		// A web server running as another user reads it as it would any new folder.
		assertThat(Files.getPosixFilePermissions(folder))
			.isEqualTo(Files.getPosixFilePermissions(Files.createDirectory(parent.resolve("probe"))));
	}

	@Test
	void aFolderHoldingOtherFilesIsRefusedAndLeftAlone(@TempDir Path parent, CapturedOutput output) throws IOException {
		Path folder = Files.createDirectories(parent.resolve("docs"));
		Path notes = Files.writeString(folder.resolve("notes.txt"), "mine");

		assertThatExceptionOfType(ExportFolderInUseException.class).isThrownBy(() -> export(folder));

		assertThat(notes).hasContent("mine");
		try (Stream<Path> files = Files.list(folder); Stream<Path> beside = Files.list(parent)) {
			assertThat(files).containsExactly(notes);
			assertThat(beside).containsExactly(folder);
		}
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "The export folder " + folder,
				"Name a new or empty folder in --site.export-to");
		assertThat(output.getAll()).doesNotContainPattern("(?m)^\\s+at [a-z]");
	}

	private static void export(Path folder) {
		SpringApplication.run(LegSpasmsApplication.class, "--site.export-to=" + folder, "--logging.level.root=warn",
				"--site.watch.enabled=false");
	}

}
