package com.legspasms.editorial;

import com.legspasms.LegSpasmsApplication;
import com.legspasms.search.SearchService;
import com.legspasms.site.PublishedSite;
import com.legspasms.web.ServerErrorPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command-line runs that start the site without a web server (the README's
 * {@code ./mvnw -q compile exec:exec@content-report}, and the search benchmark): the
 * application context must start with {@link WebApplicationType#NONE}, so no bean may
 * need the servlet web server's own beans there.
 */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineRunsTest {

	@Test
	void theContentReportPrintsEveryArticleAndCareBlock(CapturedOutput output) {
		ContentReport.main(new String[0]);

		assertThat(output.getOut()).contains("article", "words", "grade", "reviewed")
			.containsPattern("(?m)^muscle-spasms-in-legs +\\d+ +\\d+\\.\\d")
			.containsPattern("(?m)^\\d+ articles, \\d+ breaking an editorial rule, \\d+ due for review$")
			.containsPattern("(?m)^\\d+ care blocks, \\d+ due for review$");
		assertThat(output.getAll()).doesNotContain("APPLICATION FAILED TO START", "VectorizationProvider");
	}

	@Test
	void theSiteStartsWithoutAWebServerAndAnswersSearches() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LegSpasmsApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run()) {
			assertThat(context.getBean(PublishedSite.class).current().articles()).isNotEmpty();
			assertThat(context.getBean(SearchService.class).search("calf cramp", 1).total()).isPositive();
			assertThat(context.getBeanNamesForType(ServerErrorPages.class)).isEmpty();
		}
	}

}
