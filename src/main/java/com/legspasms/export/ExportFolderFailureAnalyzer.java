package com.legspasms.export;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an export folder that holds other files into a report saying what to do, instead
 * of a stack trace.
 */
class ExportFolderFailureAnalyzer extends AbstractFailureAnalyzer<ExportFolderInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ExportFolderInUseException cause) {
		return new FailureAnalysis(
				"The export folder " + cause.getFolder() + " already holds files that are not an earlier export of "
						+ "this site, and the export replaces its folder as a whole.",
				"Name a new or empty folder in --site.export-to, or empty this one first.", cause);
	}

}
