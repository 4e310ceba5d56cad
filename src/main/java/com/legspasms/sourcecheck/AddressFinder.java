package com.legspasms.sourcecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.legspasms.content.ContentLayout;
import com.legspasms.content.ContentLoader;

/**
 * Finds every external web address in the content a writer maintains: the {@code sources}
 * of articles and care blocks and the links in their bodies, that is every
 * {@code http://} or {@code https://} address in {@code articles/*.md} and
 * {@code care/*.md}, with its line. An address ends at a space, quote, angle bracket or
 * closing bracket (as in Markdown's {@code [text](address)}); full stops and commas that
 * end a sentence are not part of it.
 */
final class AddressFinder {

	private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"'`)\\]]+");

	private static final String SENTENCE_END = ".,;:!?";

	private AddressFinder() {
	}

	/**
	 * Finds every external address in the content: the {@code sources} of articles and
	 * care blocks and the links in their bodies.
	 * @param contentDir the folder holding {@code articles/} and, optionally,
	 * {@code care/}
	 * @return every address, file by file in name order, then by line
	 * @throws UncheckedIOException when a folder or file cannot be read
	 */
	static List<ExternalAddress> find(Path contentDir) {
		List<ExternalAddress> found = new ArrayList<>();
		ContentLayout layout = new ContentLayout(contentDir);
		for (Path folder : List.of(layout.articles(), layout.care())) {
			for (Path file : markdownFiles(folder)) {
				String shown = ContentLoader.displayPath(file);
				List<String> lines = readLines(file);
				for (int i = 0; i < lines.size(); i++) {
					Matcher matcher = ADDRESS.matcher(lines.get(i));
					while (matcher.find()) {
						found.add(new ExternalAddress(shown, i + 1, trimSentenceEnd(matcher.group())));
					}
				}
			}
		}
		return found;
	}

	private static String trimSentenceEnd(String url) {
		int end = url.length();
		while (end > 0 && SENTENCE_END.indexOf(url.charAt(end - 1)) >= 0) {
			end--;
		}
		return url.substring(0, end);
	}

	private static List<Path> markdownFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".md")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list " + folder, ex);
		}
	}

	private static List<String> readLines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

}
