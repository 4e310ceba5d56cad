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

	/**
	 * Sends a request line exactly as given, bypassing the checks of Java's URI class, for tests of
	 * what broken or hostile clients send.
	 */
	RawResponse raw(String method, String requestTarget, String... headers) {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", URI.create(this.base).getPort())) {
			socket.setSoTimeout(10_000);
			// HTTP/1.0, so the answer comes back whole rather than in chunks.
			StringBuilder request = new StringBuilder(method + " " + requestTarget + " HTTP/1.0\r\n");
			request.append("Host: 127.0.0.1\r\nAccept: text/html\r\nConnection: close\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			request.append("\r\n");
			socket.getOutputStream().write(request.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			int status = Integer.parseInt(response.substring(9, 12));
			int bodyStart = response.indexOf("\r\n\r\n");
			String head = response.substring(0, Math.max(bodyStart, 0));
			String body = (bodyStart >= 0) ? response.substring(bodyStart + 4) : "";
			return new RawResponse(status, head, body, Jsoup.parse(body));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	URI uri(String path) {
		return URI.create(this.base + path);
	}

	record RawResponse(int status, String head, String body, Document html) {
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
