package com.legspasms.editorial;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Which web addresses the site may cite or link to, read from the data file
 * {@code editorial/source-policy.yml}: the publishers whose own pages the content brief
 * reads, the copies and mirrors it warns about, and the few addresses it gives only as
 * plain {@code http:}. The rule is the brief's "How to cite" sections: cite the
 * publisher's own page, never a copy.
 */
public final class SourcePolicy {

	/** The data file on the classpath. */
	public static final String RESOURCE = "editorial/source-policy.yml";

	private final List<String> publishers;

	private final List<String> copies;

	private final Set<String> httpAddresses;

	private SourcePolicy(List<String> publishers, List<String> copies, Set<String> httpAddresses) {
		this.publishers = List.copyOf(publishers);
		this.copies = List.copyOf(copies);
		this.httpAddresses = Set.copyOf(httpAddresses);
	}

	/**
	 * Reads the policy from {@link #RESOURCE}.
	 * @return the policy's three lists, as the data file gives them
	 * @throws UncheckedIOException when the file is missing or unreadable
	 * @throws IllegalStateException when it lacks one of its three lists
	 */
	public static SourcePolicy load() {
		try (InputStream in = SourcePolicy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IOException(RESOURCE + " is not on the classpath");
			}
			Map<String, List<String>> lists = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			for (String key : List.of("publishers", "copies", "http-addresses")) {
				if (lists == null || !(lists.get(key) instanceof List<?>)) {
					throw new IllegalStateException(RESOURCE + " needs a list '" + key + "'");
				}
			}
			return new SourcePolicy(lists.get("publishers"), lists.get("copies"),
					Set.copyOf(lists.get("http-addresses")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the source policy", ex);
		}
	}

	/**
	 * What is wrong with citing an address as a source.
	 * @param url the address
	 * @return a phrase to follow "source 'TITLE' ", or {@code null} when it may be cited
	 */
	public String problemWithSource(String url) {
		URI uri = parse(url);
		if (uri == null) {
			return "has a malformed url";
		}
		String host = host(uri);
		if (isCopy(host)) {
			return "points at a copy (" + host + "); cite the publisher's own page";
		}
		if ("http".equals(uri.getScheme()) && this.httpAddresses.contains(url)) {
			return null;
		}
		if ("https".equals(uri.getScheme()) && this.httpAddresses.contains("http" + url.substring("https".length()))) {
			return "is given by the content brief as http" + url.substring("https".length()) + "; cite it as given";
		}
		if (!"https".equals(uri.getScheme())) {
			return "must use an https:// url";
		}
		if (host.matches("[0-9.]+") || host.startsWith("[")) {
			return "must not point at a bare IP address";
		}
		if (!isUnder(host, this.publishers)) {
			return "is not from a publisher in the content brief (" + host + ")";
		}
		return null;
	}

	/**
	 * What is wrong with linking to an address from an article's or a care block's text:
	 * the same rule as for sources, for {@code http:} and {@code https:} links (other
	 * schemes and links to other articles are judged elsewhere). A bare {@code www.}
	 * address in the text is linked with {@code http://}, as GitHub links it, so a
	 * refused {@code http:} link says how to write it.
	 * @param url the link's address
	 * @return a phrase to follow "links to 'URL' ", or {@code null} when it may be linked
	 */
	public String problemWithLink(String url) {
		URI uri = parse(url);
		if (uri == null || uri.getScheme() == null
				|| !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
			return null;
		}
		String problem = problemWithSource(url);
		if ("http".equals(uri.getScheme()) && problem != null && problem.startsWith("must use an https")) {
			return problem + " (a bare www. address is linked with http://, as on GitHub: write it out as https"
					+ url.substring("http".length()) + ")";
		}
		return problem;
	}

	private boolean isCopy(String host) {
		return isUnder(host, this.copies);
	}

	private static URI parse(String url) {
		try {
			return new URI(url);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static String host(URI uri) {
		return (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
	}

	private static boolean isUnder(String host, List<String> domains) {
		return domains.stream().anyMatch((domain) -> host.equals(domain) || host.endsWith("." + domain));
	}

}
