package com.legspasms.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's commands run through {@code ./mvnw}; on a machine without the JDK that
 * pom.xml's {@code java.version} names, the wrapper stops with one line saying what is
 * missing (issue #17), and on a machine with it, it gets out of the way.
 */
class MavenWrapperJdkCheckTest {

	private static final Path PROJECT = Paths.get("").toAbsolutePath();

	@TempDir
	Path home;

	@Test
	void withoutTheJdkTheWrapperStopsWithOneLine() throws Exception {
		Result result = runWrapper(List.of("MVNW_JDK_DIRS=" + this.home.resolve("no-jdks-here"), "JAVA_HOME="));

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stdout()).isEmpty();
		assertThat(result.stderr().lines().toList()).singleElement()
			.asString()
			.startsWith("mvnw: no JDK 25 found")
			.contains("install one");
	}

	@Test
	void aJdkInTheSearchedFoldersLetsMavenRun() throws Exception {
		Path jdk = this.home.resolve("jdks/fake-25");
		Files.createDirectories(jdk.resolve("bin"));
		Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"25.0.3\"\n");
		Path javac = Files.writeString(jdk.resolve("bin/javac"), "#!/bin/sh\n");
		javac.toFile().setExecutable(true);

		Result result = runWrapper(List.of("MVNW_JDK_DIRS=" + this.home.resolve("jdks") + "/*", "JAVA_HOME="));

		assertThat(result.stderr()).doesNotContain("no JDK");
		assertThat(result.stdout()).contains("Apache Maven");
	}

	@Test
	void aJdkOfAnotherReleaseDoesNotCount() throws Exception {
		Path jdk = this.home.resolve("jdks/fake-17");
		Files.createDirectories(jdk.resolve("bin"));
		Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
		Files.writeString(jdk.resolve("bin/javac"), "#!/bin/sh\n").toFile().setExecutable(true);

		Result result = runWrapper(List.of("MVNW_JDK_DIRS=" + this.home.resolve("jdks") + "/*", "JAVA_HOME="));

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderr()).startsWith("mvnw: no JDK 25 found");
	}

	private Result runWrapper(List<String> environment) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("sh", PROJECT.resolve("mvnw").toString(), "-v");
		builder.directory(PROJECT.toFile());
		// A home without ~/.m2/toolchains.xml; Maven itself still comes from the real
		// wrapper folder.
		String realM2 = System.getenv()
			.getOrDefault("MAVEN_USER_HOME", Paths.get(System.getProperty("user.home"), ".m2").toString());
		builder.environment().put("MAVEN_USER_HOME", realM2);
		builder.environment().put("HOME", this.home.toString());
		builder.environment().remove("JAVA25_HOME");
		for (String pair : environment) {
			int eq = pair.indexOf('=');
			builder.environment().put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		Process process = builder.start();
		process.getOutputStream().close();
		String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), stdout, stderr);
	}

	private record Result(int exitCode, String stdout, String stderr) {
	}

}
