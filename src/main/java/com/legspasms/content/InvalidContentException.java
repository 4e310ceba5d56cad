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

	/**
	 * One line naming how many problems there are and in which files, without the list:
	 * Spring logs this when it cancels the start ("Exception encountered during context
	 * initialization"), and the full list follows once, under "APPLICATION FAILED TO
	 * START" ({@link InvalidContentFailureAnalyzer}). {@link #getMessage()} keeps the
	 * whole list.
	 * @return the exception's class name, the number of problems and up to three files
	 */
	@Override
	public String toString() {
		List<String> files = this.problems.stream().map(ContentProblem::file).distinct().toList();
		String named = String.join(", ", files.subList(0, Math.min(3, files.size())))
				+ ((files.size() > 3) ? " and " + (files.size() - 3) + " more file(s)" : "");
		return getClass().getName() + ": " + this.problems.size() + " content problem(s) in " + named;
	}

	private static String describe(List<ContentProblem> problems) {
		return problems.size() + " content problem(s):\n"
				+ problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
	}

}
