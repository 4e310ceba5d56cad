package com.legspasms.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.legspasms.content.Profile;

/**
 * The conditions that have a profile, laid side by side, and for each the two or three
 * most like it. Built once per snapshot.
 */
public final class ConditionComparison {

	static final int MOST_SIMILAR = 3;

	private final List<Article> conditions;

	private final Map<String, List<Article>> similar = new LinkedHashMap<>();

	/**
	 * The condition with the most in common with all the others, or {@code null} if there
	 * are none.
	 */
	private final Article mostTypical;

	ConditionComparison(Collection<Article> articlesInSiteOrder) {
		this.conditions = articlesInSiteOrder.stream().filter((article) -> article.profile() != null).toList();
		for (Article condition : this.conditions) {
			this.similar.put(condition.slug(),
					this.conditions.stream()
						.filter((other) -> other != condition && similarity(condition, other) > 0)
						.sorted(Comparator.comparingDouble((Article other) -> -similarity(condition, other)))
						.limit(MOST_SIMILAR)
						.toList());
		}
		this.mostTypical = this.conditions.stream()
			.max(Comparator.comparingDouble((Article condition) -> this.conditions.stream()
				.filter((other) -> other != condition)
				.mapToDouble((other) -> similarity(condition, other))
				.sum()))
			.orElse(null);
	}

	/**
	 * Every condition with a profile, in site order.
	 * @return the articles with a profile, in the site's reading order
	 */
	public List<Article> conditions() {
		return this.conditions;
	}

	/**
	 * The conditions most like this one, most alike first; empty for an article without a
	 * profile.
	 * @param article an article of the snapshot
	 * @return the similar conditions, most alike first
	 */
	public List<Article> similarTo(Article article) {
		return this.similar.getOrDefault(article.slug(), List.of());
	}

	/**
	 * The conditions matching a reader's filters: one of the chosen "comes on" values,
	 * and one of the chosen "eased by" values (an empty choice matches all). The named
	 * condition comes first (or, when none is named, the one most like all the others),
	 * then the rest, most like it first, so that columns side by side are the ones most
	 * easily confused.
	 * @param comesOn the chosen {@code comes-on} keys; empty for any
	 * @param easedBy the chosen {@code eased-by} keys; empty for any
	 * @param first the slug of the condition to show first, or {@code null}
	 * @return the matching conditions, in the order to show them side by side
	 */
	public List<Article> matching(Set<String> comesOn, Set<String> easedBy, String first) {
		Article lead = this.conditions.stream()
			.filter((article) -> article.slug().equals(first))
			.findFirst()
			.orElse(this.mostTypical);
		List<Article> matches = new ArrayList<>(this.conditions.stream()
			.filter((article) -> matchesAny(article.profile().comesOn(), comesOn)
					&& matchesAny(article.profile().easedBy(), easedBy))
			.toList());
		if (lead != null) {
			matches.sort(Comparator.comparing((Article article) -> article != lead)
				.thenComparingDouble((article) -> -similarity(lead, article)));
		}
		return matches;
	}

	private static boolean matchesAny(List<String> values, Set<String> chosen) {
		return chosen.isEmpty() || values.stream().anyMatch(chosen::contains);
	}

	/**
	 * How much two profiles share: the overlap of each field readers filter or look by,
	 * added up.
	 * @param a an article with a profile
	 * @param b another article with a profile
	 * @return the sum of three overlaps ({@code comes-on}, {@code felt-in},
	 * {@code eased-by}), each the values shared over the values of either (0 to 1), so 0
	 * to 3; the same whichever article comes first
	 */
	static double similarity(Article a, Article b) {
		Profile one = a.profile();
		Profile two = b.profile();
		return overlap(one.comesOn(), two.comesOn()) + overlap(one.feltIn(), two.feltIn())
				+ overlap(one.easedBy(), two.easedBy());
	}

	private static double overlap(List<String> one, List<String> two) {
		Set<String> union = new HashSet<>(one);
		union.addAll(two);
		Set<String> shared = new HashSet<>(one);
		shared.retainAll(two);
		return union.isEmpty() ? 0 : (double) shared.size() / union.size();
	}

}
