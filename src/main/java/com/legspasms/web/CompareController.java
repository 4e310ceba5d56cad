package com.legspasms.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.legspasms.content.Profile;
import com.legspasms.site.ConditionComparison;
import com.legspasms.site.PublishedSite;
import com.legspasms.site.SiteSnapshot;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Which one is it?": the profiled conditions side by side, narrowed by the reader's
 * filters.
 */
@Controller
class CompareController {

	private final PublishedSite content;

	CompareController(PublishedSite content) {
		this.content = content;
	}

	@GetMapping("/compare")
	String compare(@RequestParam(name = "comes-on", required = false) List<String> comesOn,
			@RequestParam(name = "eased-by", required = false) List<String> easedBy,
			@RequestParam(name = "first", required = false) String first, Model model) {
		Set<String> chosenComesOn = known(comesOn, Profile.COMES_ON);
		Set<String> chosenEasedBy = known(easedBy, Profile.EASED_BY);
		SiteSnapshot snapshot = this.content.current();
		ConditionComparison comparison = snapshot.comparison();
		model.addAttribute("careBlocks", snapshot.compareCareBlocks());
		model.addAttribute("table", ComparisonTable.of(comparison.matching(chosenComesOn, chosenEasedBy, first)));
		model.addAttribute("comesOnChoices", Profile.COMES_ON);
		model.addAttribute("easedByChoices", Profile.EASED_BY);
		model.addAttribute("chosenComesOn", chosenComesOn);
		model.addAttribute("chosenEasedBy", chosenEasedBy);
		model.addAttribute("filtered", !chosenComesOn.isEmpty() || !chosenEasedBy.isEmpty());
		model.addAttribute("conditionCount", comparison.conditions().size());
		return "compare";
	}

	/**
	 * The values a reader chose that the site knows; anything else in the address is
	 * ignored.
	 * @param chosen the values in the address's query parameter, or {@code null} when it
	 * has none
	 * @param vocabulary the values the site knows for that parameter, with their labels
	 * @return the chosen values that the vocabulary holds, each once, in the order chosen
	 */
	private static Set<String> known(List<String> chosen, Map<String, String> vocabulary) {
		Set<String> known = new LinkedHashSet<>();
		if (chosen != null) {
			chosen.stream().filter(vocabulary::containsKey).forEach(known::add);
		}
		return known;
	}

}
