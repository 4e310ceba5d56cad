package com.legspasms.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Requests pages from the running site the way a browser would, and parses them with jsoup.
 * Redirects are not followed so tests can see them.
 */
final class WebClient {

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	WebClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html").GET().build());
	}

	Page get(String path, String acceptHeader) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", acceptHeader).GET().build());
	}

	Page send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Page(response, Jsoup.parse(response.body(), request.uri().toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	URI uri(String path) {
		return URI.create(this.base + path);
	}

	record Page(HttpResponse<String> response, Document html) {

		int status() {
			return this.response.statusCode();
		}

		String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

	}

}
