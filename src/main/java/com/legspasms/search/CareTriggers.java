package com.legspasms.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.legspasms.content.Urgency;
import com.legspasms.site.CareBlock;
import com.legspasms.site.SiteSnapshot;

/**
 * Which shared care blocks a search should show above its results: those whose
 * {@code triggers} (short phrases written in {@code content/care/NAME.md}) the reader's
 * words contain.
 * <p>
 * A trigger matches when each of its words is among the query's words after the analysis
 * search uses (lower case, accents folded, stop words dropped, stemmed, the synonyms of
 * {@code content/synonyms.txt}), in any order and with other words between them; a word
 * of {@value #MIN_TYPO_LENGTH} letters or more that the site does not know may have one
 * typo (a letter added, dropped, changed or two swapped, never the first): "stif jaw" is
 * "stiff jaw", but "while", a word the site uses, is never taken for "white". Only urgent
 * and emergency blocks are shown, the most urgent first and at most {@value #MAX_SHOWN}:
 * a see-doctor card above the results would be alarm without cause. Immutable; built once
 * per snapshot.
 */
final class CareTriggers {

	/**
	 * At most this many cards above the results, so the results themselves stay in view.
	 */
	static final int MAX_SHOWN = 2;

	/** Shorter words must match exactly: too many short words are one letter apart. */
	static final int MIN_TYPO_LENGTH = 4;

	private final SearchAnalyzers analyzers;

	private final List<Trigger> triggers;

	private CareTriggers(SearchAnalyzers analyzers, List<Trigger> triggers) {
		this.analyzers = analyzers;
		this.triggers = triggers;
	}

	/**
	 * Analyses the triggers of a snapshot's urgent and emergency care blocks.
	 * @param snapshot the snapshot whose care blocks to read
	 * @param analyzers the search's analysis, so triggers and queries are compared alike
	 * @return the triggers, ready to match queries
	 */
	static CareTriggers of(SiteSnapshot snapshot, SearchAnalyzers analyzers) {
		List<Trigger> triggers = new ArrayList<>();
		for (CareBlock block : snapshot.careBlocks()) {
			if (block.urgency() == Urgency.SEE_DOCTOR) {
				continue;
			}
			for (String phrase : block.triggers()) {
				List<String> stems = SearchAnalyzers.tokens(analyzers.index(), SearchIndex.BODY, phrase);
				if (!stems.isEmpty()) {
					triggers.add(new Trigger(block, List.copyOf(new HashSet<>(stems))));
				}
			}
		}
		return new CareTriggers(analyzers, List.copyOf(triggers));
	}

	/**
	 * The blocks to show above the results of a search.
	 * @param text what the reader typed, already cleaned
	 * @param isKnown whether the site uses a word (an analysed stem); only unknown words
	 * count as typos
	 * @return at most {@value #MAX_SHOWN} blocks, emergency before urgent, then the block
	 * with the longest matching trigger (the most specific) first, then by name; empty
	 * when no trigger matches
	 */
	List<CareBlock> matching(String text, Predicate<String> isKnown) {
		if (this.triggers.isEmpty() || text.isEmpty()) {
			return List.of();
		}
		Set<String> words = new HashSet<>(SearchAnalyzers.tokens(this.analyzers.query(), SearchIndex.BODY, text));
		words.addAll(SearchAnalyzers.tokens(this.analyzers.index(), SearchIndex.BODY, text));
		Map<CareBlock, Integer> found = new HashMap<>();
		for (Trigger trigger : this.triggers) {
			if (trigger.isMatchedBy(words, isKnown)) {
				found.merge(trigger.block(), trigger.stems().size(), Math::max);
			}
		}
		return found.entrySet()
			.stream()
			.sorted(Comparator.<Map.Entry<CareBlock, Integer>, Urgency>comparing((entry) -> entry.getKey().urgency())
				.reversed()
				.thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
				.thenComparing((entry) -> entry.getKey().name()))
			.limit(MAX_SHOWN)
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * Whether two words of at least {@value #MIN_TYPO_LENGTH} letters, with the same
	 * first letter, differ by one edit: a letter inserted, deleted or replaced, or two
	 * neighbours swapped.
	 * @param a a word, in lower case
	 * @param b another word, in lower case
	 * @return true when one edit turns one into the other and both meet those conditions
	 */
	static boolean oneTypoApart(String a, String b) {
		if (a.length() < MIN_TYPO_LENGTH || b.length() < MIN_TYPO_LENGTH || a.charAt(0) != b.charAt(0)
				|| Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int start = 0;
		while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
			start++;
		}
		if (start == a.length() && start == b.length()) {
			return false;
		}
		if (a.length() == b.length()) {
			if (a.substring(start + 1).equals(b.substring(start + 1))) {
				return true;
			}
			return start + 1 < a.length() && a.charAt(start) == b.charAt(start + 1)
					&& a.charAt(start + 1) == b.charAt(start) && a.substring(start + 2).equals(b.substring(start + 2));
		}
		String longer = (a.length() > b.length()) ? a : b;
		String shorter = (a.length() > b.length()) ? b : a;
		return longer.substring(start + 1).equals(shorter.substring(start));
	}

	/**
	 * One trigger phrase of one block, as the stems every one of which a query must
	 * contain.
	 */
	private record Trigger(CareBlock block, List<String> stems) {

		boolean isMatchedBy(Set<String> words, Predicate<String> isKnown) {
			for (String stem : this.stems) {
				if (!words.contains(stem)
						&& words.stream().noneMatch((word) -> oneTypoApart(stem, word) && !isKnown.test(word))) {
					return false;
				}
			}
			return true;
		}

	}

}
