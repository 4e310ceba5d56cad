package com.legspasms.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a page is in its editorial life, from front matter {@code status:}. Only
 * published pages reach readers; drafts and pages in review are shown in preview mode
 * only. The NHS standard for creating health content asks that health information is
 * approved before it is published.
 */
public enum EditorialStatus {

	/** Being written. */
	DRAFT("draft"),

	/** Written, waiting for its clinical or editorial sign-off. */
	IN_REVIEW("in-review"),

	/** Live for readers; the default when front matter has no {@code status}. */
	PUBLISHED("published");

	private final String key;

	EditorialStatus(String key) {
		this.key = key;
	}

	/**
	 * The key writers use in front matter, such as {@code in-review}.
	 * @return the key, such as {@code in-review}
	 */
	public String key() {
		return this.key;
	}

	/**
	 * Whether readers and machines (navigation, search, sitemap, feeds, export) may see
	 * the page.
	 * @return true only for published pages
	 */
	public boolean isPublished() {
		return this == PUBLISHED;
	}

	/**
	 * The status a writer named.
	 * @param key a key such as {@code draft}
	 * @return the status, or empty when the key is not one of the three
	 */
	public static Optional<EditorialStatus> fromKey(String key) {
		return Arrays.stream(values()).filter((status) -> status.key.equals(key)).findFirst();
	}

	/**
	 * The three keys, comma separated, for problem messages.
	 * @return the keys, comma separated
	 */
	public static String knownKeys() {
		return String.join(", ", Arrays.stream(values()).map(EditorialStatus::key).toList());
	}

}
