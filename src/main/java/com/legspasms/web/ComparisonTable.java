package com.legspasms.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.legspasms.content.Profile;
import com.legspasms.site.Article;

/**
 * The comparison page's table: a column per condition and a row per profile field.
 *
 * @param columns the conditions shown, in order
 * @param rows the fields, each with one cell per column
 */
record ComparisonTable(List<Article> columns, List<Row> rows) {

	static ComparisonTable of(List<Article> columns) {
		return new ComparisonTable(columns,
				List.of(row("Comes on", columns, (profile) -> labels(profile.comesOn(), Profile.COMES_ON)),
						row("Where it is felt", columns, (profile) -> labels(profile.feltIn(), Profile.FELT_IN)),
						row("What it feels like", columns, Profile::feelsLike),
						row("How long it lasts", columns, Profile::lasts),
						row("What eases it", columns, (profile) -> labels(profile.easedBy(), Profile.EASED_BY)),
						row("What makes it worse", columns, Profile::worseWith),
						row("Warning signs", columns, Profile::warningSigns)));
	}

	private static Row row(String label, List<Article> columns, Function<Profile, String> cell) {
		return new Row(label, columns.stream().map((article) -> cell.apply(article.profile())).toList());
	}

	private static String labels(List<String> keys, Map<String, String> vocabulary) {
		return String.join("; ", keys.stream().map(vocabulary::get).toList());
	}

	record Row(String label, List<String> cells) {
	}

}
