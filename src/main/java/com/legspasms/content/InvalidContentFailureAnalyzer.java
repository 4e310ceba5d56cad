package com.legspasms.content;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns broken content into a start-up report a writer can act on, one problem per line.
 */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
		String problems = cause.getProblems().stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
		return new FailureAnalysis("The site's content has " + cause.getProblems().size() + " problem(s):\n" + problems,
				"Fix each file and line listed above, then start the site again.", cause);
	}

}
