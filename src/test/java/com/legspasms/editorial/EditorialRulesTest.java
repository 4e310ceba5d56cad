package com.legspasms.editorial;

import java.nio.file.Path;
import java.time.LocalDate;

import com.legspasms.site.ContentFixture;
import com.legspasms.site.SiteSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EditorialRulesTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					https://www.nhs.uk/conditions/leg-cramps/                          |
					https://doi.org/10.1002/14651858.CD009402.pub3                     |
					https://pubmed.ncbi.nlm.nih.gov/22963024/                          |
					http://www.nhs.uk/conditions/leg-cramps/                           | must use an https:// url
					https://47.251.13.51:8081/22963024                                 | must not point at a bare IP address
					https://drpharmacy.uk/health-detail/?topic=restless-legs-syndrome  | points at a copy (drpharmacy.uk); cite the publisher's own page
					https://www.doctoori.net/health-information/                       | points at a copy (www.doctoori.net); cite the publisher's own page
					https://ggnc.azurewebsites.net/rhc-for-health-professionals/       |
					https://other.azurewebsites.net/cramps                             | is not from a publisher in the content brief (other.azurewebsites.net)
					https://example.com/cramps                                         | is not from a publisher in the content brief (example.com)
					https://nhs.uk.example.com/                                        | is not from a publisher in the content brief (nhs.uk.example.com)
					https://uclh.nhs.uk/patients-and-visitors/patient-information-pages/deep-vein-thrombosis |
					https://www.healthinfo.org.nz/acute-limb-ischaemia.htm             |
					https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome |
					https://ctmuhb.nhs.wales/wise-ctm/health-conditions/sciatica       |
					https://www.ema.europa.eu/en/medicines/human/referrals/carisoprodol |
					http://sja.org.uk/sja/first-aid-advice/hot-and-cold-conditions/heatstroke.aspx |
					http://sja.org.uk/sja/first-aid-advice/hot-and-cold-conditions/     | must use an https:// url
					https://sja.org.uk/sja/first-aid-advice/hot-and-cold-conditions/heatstroke.aspx | is given by the content brief as http://sja.org.uk/sja/first-aid-advice/hot-and-cold-conditions/heatstroke.aspx; cite it as given
					http://www.mayoclinic.com/health/muscle-cramp/DS00311               |
					https://www.mayoclinic.com/health/muscle-cramp/DS00311              | is given by the content brief as http://www.mayoclinic.com/health/muscle-cramp/DS00311; cite it as given
					https://www.mayoclinic.com/health/spinal-stenosis/DS00515           | is not from a publisher in the content brief (www.mayoclinic.com)
					http://www.fda.gov/Safety/MedWatch/SafetyInformation/ucm194391.htm  | must use an https:// url
					https://1stchoicepharmacy.co.uk/nhs_conditions_bakers-cyst          | points at a copy (1stchoicepharmacy.co.uk); cite the publisher's own page
					https://api-bridge.azurewebsites.net/conditions/index.php           | points at a copy (api-bridge.azurewebsites.net); cite the publisher's own page
					https://example.azurewebsites.net/                                  | is not from a publisher in the content brief (example.azurewebsites.net)
					https://thehealthhub01.blogspot.com/2019/06/blood-clots.html        | points at a copy (thehealthhub01.blogspot.com); cite the publisher's own page
					https://notinline.org/health-conditions/compartment-syndrome        | points at a copy (notinline.org); cite the publisher's own page
					""")
	void sourcesMustBeThePublishersOwnPages(String url, String problem) {
		assertThat(EditorialRules.problemWithSourceUrl(url)).isEqualTo(problem);
	}

	@Test
	void aBareWwwAddressInTheTextIsRefusedAsHttpWithHowToWriteIt() {
		assertThat(SourcePolicy.load().problemWithLink("http://www.nhs.uk/conditions/leg-cramps/"))
			.isEqualTo("must use an https:// url (a bare www. address is linked with http://, as on GitHub: "
					+ "write it out as https://www.nhs.uk/conditions/leg-cramps/)");
		assertThat(SourcePolicy.load().problemWithLink("https://www.nhs.uk/conditions/leg-cramps/")).isNull();
		assertThat(SourcePolicy.load().problemWithLink("mailto:gp@example.org")).isNull();
	}

	@Test
	void aThinArticleBreaksEveryRuleItCan() {
		SiteSnapshot snapshot = new ContentFixture(this.dir).write("hub.md", """
				---
				title: Hub
				summary: no capital and no full stop
				category: overview
				sources:
				  - title: A blog
				    url: https://example.com/cramps
				---
				Take 300 mg before bed. Nocturnal idiopathic musculoskeletal contractions characteristically
				necessitate comprehensive physiological evaluation and individualised pharmacological consideration.
				See [a copy](https://www.zana.com/a/leg-cramps) and [a blog](https://example.com/blog).
				""").build("hub");
		assertThat(new EditorialRules("hub").check(snapshot, snapshot.hub())).containsExactly(
				"body has 24 words; at least 900 are needed", "reading grade is 21.9; it must be 8 or lower",
				"summary must be a full sentence: a capital letter first and a full stop at the end",
				"front matter has no 'reviewed' date", "lists 1 sources; at least 2 are needed",
				"source 'A blog' is not from a publisher in the content brief (example.com)",
				"'related' lists 0 articles; at least 2 are needed",
				"body links to 0 other articles; at least 2 are needed",
				"only 0 other articles link to this one; at least 2 should", "has no '## When to see a doctor' section",
				"needs a 'see-doctor' care card and an 'urgent' or 'emergency' care card",
				"links to a copy (https://www.zana.com/a/leg-cramps); link to the publisher's own page",
				"links to https://example.com/blog, which is not from a publisher in the content brief (example.com)",
				"mentions a dose ('300 mg'); the site gives no dosing advice");
	}

	@Test
	void reportListsEveryArticleWithItsFiguresAndFlagsDueReviews() {
		SiteSnapshot snapshot = new ContentFixture(this.dir).write("hub.md", """
				---
				title: Hub
				summary: The hub.
				category: overview
				reviewed: 2020-01-01
				---
				Short text. See [other](other.md).
				""").write("other.md", """
				---
				title: Other
				summary: The other.
				category: causes
				reviewed: 2026-06-01
				---
				Back to [the hub](hub.md).
				""").build("hub");
		ContentReport report = new ContentReport(snapshot, new EditorialRules("hub"), LocalDate.of(2026, 11, 25));
		assertThat(report.rows())
			.extracting(ContentReport.Row::slug, ContentReport.Row::words, ContentReport.Row::linksIn,
					ContentReport.Row::linksOut, ContentReport.Row::reviewDue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("hub", 4, 1, 1, true),
					org.assertj.core.groups.Tuple.tuple("other", 4, 1, 1, false));
		String text = report.format();
		assertThat(text).contains("article", "words", "grade", "sources", "in", "out", "reviewed");
		assertThat(text.lines().filter((line) -> line.startsWith("hub ")).findFirst().orElseThrow())
			.contains("2020-01-01", "DUE");
		assertThat(text).contains("2 articles, 2 breaking an editorial rule, 1 due for review");
	}

}
