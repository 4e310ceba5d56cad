package com.legspasms.sourcecheck;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The writers' source check: fetches every external address in the content (the
 * {@code sources} of articles and care blocks, and the links in their bodies) and reports
 * each one that moved or is broken as {@code FILE:LINE: address: what happened}, then a
 * summary. Run it with {@code ./mvnw -q compile exec:exec@check-sources} or
 * {@code java -jar SITE.jar --check-sources}, from the folder holding {@code content/}.
 * Pages must cite sources that exist (the NHS standard for creating health content asks
 * that evidence is current and can be found).
 */
public final class SourceCheck {

	/** The command-line switch that runs the check instead of the site. */
	public static final String SWITCH = "--check-sources";

	private final SourceChecker checker;

	SourceCheck(SourceChecker.Settings settings) {
		this.checker = new SourceChecker(settings);
	}

	/**
	 * Runs the check from the command line and exits: 0 when nothing is broken (moved
	 * addresses alone are reported but do not fail), 1 when something is broken.
	 * @param args optionally {@code --check-sources}, and optionally the content folder
	 * (default {@code content})
	 */
	public static void main(String[] args) {
		System.exit(run(args, System.out));
	}

	/**
	 * Whether the site was started to check its sources rather than to serve.
	 * @param args the command-line arguments
	 * @return true when {@link #SWITCH} is among the arguments
	 */
	public static boolean isRequested(String[] args) {
		return List.of(args).contains(SWITCH);
	}

	/**
	 * Runs the check with the default settings (4 at once, 10 s timeouts, 1 s between
	 * requests to a host).
	 * @param args optionally {@code --check-sources}, and optionally the content folder
	 * @param out where the report goes
	 * @return the exit status: 0 when nothing is broken, 1 otherwise
	 */
	public static int run(String[] args, PrintStream out) {
		String folder = List.of(args).stream().filter((arg) -> !arg.startsWith("--")).findFirst().orElse("content");
		return new SourceCheck(SourceChecker.Settings.DEFAULT).check(Path.of(folder), out);
	}

	/**
	 * Checks a content folder.
	 * @param contentDir the folder holding {@code articles/} and, optionally,
	 * {@code care/}
	 * @param out where each problem and the summary are written
	 * @return 0 when nothing is broken, 1 otherwise
	 */
	int check(Path contentDir, PrintStream out) {
		List<ExternalAddress> addresses = AddressFinder.find(contentDir);
		Map<String, AddressOutcome> outcomes = this.checker
			.check(addresses.stream().map(ExternalAddress::url).toList());
		int broken = 0;
		int moved = 0;
		for (ExternalAddress address : addresses) {
			AddressOutcome outcome = outcomes.get(address.url());
			if (outcome.state() != AddressOutcome.State.FINE) {
				out.println(address.file() + ":" + address.line() + ": " + address.url() + ": " + outcome.detail());
			}
		}
		for (AddressOutcome outcome : outcomes.values()) {
			broken += (outcome.state() == AddressOutcome.State.BROKEN) ? 1 : 0;
			moved += (outcome.state() == AddressOutcome.State.MOVED) ? 1 : 0;
		}
		long files = addresses.stream().map(ExternalAddress::file).distinct().count();
		out.println(
				"Checked " + outcomes.size() + " addresses (" + addresses.size() + " mentions in " + files + " files): "
						+ broken + " broken, " + moved + " moved, " + (outcomes.size() - broken - moved) + " fine.");
		if (broken > 1 && broken == outcomes.size()) {
			// Every publisher failing at once is this machine's network, not the sources.
			out.println("No address could be reached at all: this machine may be offline or behind a firewall. "
					+ "Check the connection and run the check again before changing any source.");
		}
		else if (broken > 0) {
			out.println("Broken addresses fail the check: replace each with a working source, or remove it.");
		}
		else if (moved > 0) {
			out.println("Moved addresses still work; update them to the new address when you next edit the page.");
		}
		return (broken > 0) ? 1 : 0;
	}

}
