package com.legspasms.sourcecheck;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fetches each distinct address once and says whether it still works. Redirects are
 * followed by hand (up to {@link Settings#maxRedirects()}) so the new address can be
 * reported; at most {@link Settings#concurrency()} addresses are fetched at once,
 * requests to one host are made one at a time and at least {@link Settings#perHostGap()}
 * apart (politeness to the publishers the site cites), and each request gives up after
 * {@link Settings#timeout()}.
 */
final class SourceChecker {

	private static final String USER_AGENT = "LegCrampGuide-SourceCheck/1 (checks the sources the site cites)";

	private final Settings settings;

	private final HttpClient http;

	private final Map<String, HostTurn> hosts = new ConcurrentHashMap<>();

	SourceChecker(Settings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(settings.timeout())
			.build();
	}

	/**
	 * Checks every distinct address.
	 * @param urls the addresses, repeats allowed
	 * @return the outcome of each distinct address, in the order first given
	 */
	Map<String, AddressOutcome> check(Collection<String> urls) {
		List<String> distinct = new ArrayList<>(new LinkedHashSet<>(urls));
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, this.settings.concurrency()));
		try {
			Map<String, Future<AddressOutcome>> running = new LinkedHashMap<>();
			distinct.forEach((url) -> running.put(url, pool.submit(() -> checkOne(url))));
			Map<String, AddressOutcome> outcomes = new LinkedHashMap<>();
			for (Map.Entry<String, Future<AddressOutcome>> entry : running.entrySet()) {
				outcomes.put(entry.getKey(), result(entry.getValue()));
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static AddressOutcome result(Future<AddressOutcome> future) {
		try {
			return future.get();
		}
		catch (ExecutionException ex) {
			return AddressOutcome.broken("could not be checked: " + ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return AddressOutcome.broken("check interrupted");
		}
	}

	private AddressOutcome checkOne(String url) {
		String current = url;
		int firstRedirectStatus = 0;
		for (int hop = 0; hop <= this.settings.maxRedirects(); hop++) {
			URI uri;
			try {
				uri = URI.create(current);
			}
			catch (IllegalArgumentException ex) {
				return AddressOutcome.broken("not a valid address");
			}
			if (uri.getHost() == null) {
				return AddressOutcome.broken("not a valid address");
			}
			try {
				InetAddress.getByName(uri.getHost());
			}
			catch (UnknownHostException ex) {
				return AddressOutcome.broken(((hop > 0) ? "moved to " + current + ", whose host" : "host") + " '"
						+ uri.getHost() + "' is unknown (no such name in DNS)");
			}
			HttpResponse<Void> response;
			try {
				response = fetch(uri);
			}
			catch (HttpTimeoutException ex) {
				return AddressOutcome.broken(movedPrefix(hop, current) + "no answer within "
						+ this.settings.timeout().toMillis() + " ms (timed out)");
			}
			catch (ConnectException ex) {
				return AddressOutcome.broken(movedPrefix(hop, current) + "connection refused");
			}
			catch (IOException ex) {
				return AddressOutcome.broken(movedPrefix(hop, current) + "could not be fetched (" + ex + ")");
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return AddressOutcome.broken("check interrupted");
			}
			int status = response.statusCode();
			if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
				firstRedirectStatus = (hop == 0) ? status : firstRedirectStatus;
				current = uri.resolve(response.headers().firstValue("Location").get()).toString();
				continue;
			}
			if (status >= 200 && status < 300) {
				return (hop == 0) ? AddressOutcome.fine() : AddressOutcome
					.moved("moved to " + current + " (" + firstRedirectStatus + "); update the address");
			}
			return AddressOutcome.broken(movedPrefix(hop, current) + "answered " + status + describe(status));
		}
		return AddressOutcome.broken("more than " + this.settings.maxRedirects() + " redirects");
	}

	private static String movedPrefix(int hop, String current) {
		return (hop > 0) ? "moved to " + current + ", which " : "";
	}

	private HttpResponse<Void> fetch(URI uri) throws IOException, InterruptedException {
		HostTurn turn = this.hosts.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT), (host) -> new HostTurn());
		synchronized (turn) {
			long wait = turn.nextAllowedNanos - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
			try {
				HttpRequest request = HttpRequest.newBuilder(uri)
					.timeout(this.settings.timeout())
					.header("User-Agent", USER_AGENT)
					.GET()
					.build();
				return this.http.send(request, HttpResponse.BodyHandlers.discarding());
			}
			finally {
				turn.nextAllowedNanos = System.nanoTime() + this.settings.perHostGap().toNanos();
			}
		}
	}

	private static String describe(int status) {
		return switch (status) {
			case 401, 403 -> " (not allowed: the page may need a login, or the publisher blocks checkers)";
			case 404 -> " (not found)";
			case 410 -> " (gone: the publisher removed it)";
			case 429 -> " (too many requests: try again later)";
			default -> (status >= 500) ? " (server error)" : "";
		};
	}

	/**
	 * How the checker behaves.
	 *
	 * @param concurrency how many addresses are fetched at once, at least 1
	 * @param timeout how long to wait for a connection and for the answer's headers, per
	 * request
	 * @param perHostGap the least time between two requests to the same host
	 * @param maxRedirects how many redirects are followed before the address counts as
	 * broken
	 */
	record Settings(int concurrency, Duration timeout, Duration perHostGap, int maxRedirects) {

		/** Four at once, 10 s timeouts, one request a second per host, five redirects. */
		static final Settings DEFAULT = new Settings(4, Duration.ofSeconds(10), Duration.ofSeconds(1), 5);

	}

	/** When the next request to one host may be made. */
	private static final class HostTurn {

		long nextAllowedNanos;

	}

}
