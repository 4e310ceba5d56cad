package com.legspasms.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when the content folder holds problems; carries every problem found, not just
 * the first.
 */
public class InvalidContentException extends RuntimeException {

	private final List<ContentProblem> problems;

	public InvalidContentException(List<ContentProblem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	public List<ContentProblem> getProblems() {
		return this.problems;
	}

	private static String describe(List<ContentProblem> problems) {
		return problems.size() + " content problem(s):\n"
				+ problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
	}

}
