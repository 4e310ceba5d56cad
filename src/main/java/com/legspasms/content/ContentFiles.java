package com.legspasms.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the files of the content folder as writers save them: UTF-8 text (with or without
 * a byte order mark, as Windows editors write it), listed without hidden files. A file
 * that cannot be read becomes a {@link ContentProblem} naming it and, for bad encoding,
 * the line of the first bad byte; nothing here throws.
 */
public final class ContentFiles {

	private ContentFiles() {
	}

	/**
	 * Whether a file is hidden from the site: any name starting with a dot, such as
	 * macOS's {@code .DS_Store} and {@code ._name.md} resource forks, or an editor's swap
	 * file.
	 * @param path any path
	 * @return whether its last part starts with {@code .}
	 */
	public static boolean isHidden(Path path) {
		Path name = path.getFileName();
		return name != null && name.toString().startsWith(".");
	}

	/**
	 * The files of a folder whose names end with a suffix, sorted, without hidden files.
	 * @param folder the folder to list
	 * @param suffix such as {@code .md}, compared case-sensitively
	 * @param problems where a folder that cannot be listed is reported
	 * @return the regular files, or an empty list when the folder cannot be listed
	 */
	public static List<Path> list(Path folder, String suffix, List<ContentProblem> problems) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter((path) -> !isHidden(path))
				.filter((path) -> path.getFileName().toString().endsWith(suffix))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
		}
		catch (IOException | RuntimeException ex) {
			problems
				.add(new ContentProblem(ContentLoader.displayPath(folder), 0, "folder cannot be read: " + reason(ex)));
			return List.of();
		}
	}

	/**
	 * Reads a file as UTF-8 text, dropping a leading byte order mark.
	 * @param file the file
	 * @param problems where a file that cannot be read or is not UTF-8 is reported (with
	 * the line of the first byte that is not UTF-8)
	 * @return the text, or {@code null} when a problem was reported
	 */
	public static String readUtf8(Path file, List<ContentProblem> problems) {
		String shown = ContentLoader.displayPath(file);
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new ContentProblem(shown, 1, "file cannot be read: " + reason(ex)));
			return null;
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			problems.add(new ContentProblem(shown, lineAt(bytes, in.position()),
					"file is not UTF-8 text (byte 0x" + String.format(Locale.ROOT, "%02X", bytes[in.position()] & 0xFF)
							+ " here): save it with the UTF-8 encoding"));
			return null;
		}
		decoder.flush(out);
		String text = out.flip().toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static int lineAt(byte[] bytes, int position) {
		int line = 1;
		for (int i = 0; i < position; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static String reason(Exception ex) {
		return (ex.getMessage() != null) ? ex.getClass().getSimpleName() + " " + ex.getMessage()
				: ex.getClass().getSimpleName();
	}

}
