package com.legspasms.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Requests pages from the running site the way a browser would, and parses them with
 * jsoup. Redirects are not followed so tests can see them.
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
	 * Sends a request line exactly as given, bypassing the checks of Java's URI class,
	 * for tests of what broken or hostile clients send.
	 */
	RawResponse raw(String method, String requestTarget, String... headers) {
		return rawWithBody(method, requestTarget, null, headers);
	}

	/**
	 * Like {@link #raw}, with a request body after the headers (no {@code Content-Length}
	 * is added: pass one among the headers if the request should have one). A
	 * {@code Host}, {@code Accept} or {@code Connection} header given replaces the one
	 * sent by default.
	 */
	RawResponse rawWithBody(String method, String requestTarget, String body, String... headers) {
		// HTTP/1.0, so the answer comes back whole rather than in chunks.
		StringBuilder request = new StringBuilder(method + " " + requestTarget + " HTTP/1.0\r\n");
		for (String header : new String[] { "Host: 127.0.0.1", "Accept: text/html", "Connection: close" }) {
			String name = header.substring(0, header.indexOf(':') + 1).toLowerCase(Locale.ROOT);
			boolean replaced = Arrays.stream(headers)
				.anyMatch((given) -> given.toLowerCase(Locale.ROOT).startsWith(name));
			if (!replaced) {
				request.append(header).append("\r\n");
			}
		}
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		request.append("\r\n");
		if (body != null) {
			request.append(body);
		}
		return rawRequest(request.toString());
	}

	/**
	 * Sends the characters given (as ISO-8859-1 bytes) and nothing else: request line,
	 * header block and body, for requests too broken to build any other way; then closes
	 * the sending half of the connection, so that a server waiting for more of a body it
	 * was promised stops waiting. The server may answer and close the connection before
	 * it has read everything; the answer is still returned. A status of -1 means the
	 * answer had no status line (as in HTTP/0.9).
	 */
	RawResponse rawRequest(String wholeRequest) {
		byte[] bytes = wholeRequest.getBytes(StandardCharsets.ISO_8859_1);
		try (Socket socket = new Socket("127.0.0.1", URI.create(this.base).getPort())) {
			socket.setSoTimeout(10_000);
			// Written from another thread, so that an answer sent before the end of a
			// huge request is read.
			Thread writer = new Thread(() -> {
				try {
					socket.getOutputStream().write(bytes);
					socket.getOutputStream().flush();
					socket.shutdownOutput();
				}
				catch (IOException ex) {
					// The server stopped reading: its answer, if any, is read below.
				}
			});
			writer.setDaemon(true);
			writer.start();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				InputStream in = socket.getInputStream();
				for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
					received.write(buffer, 0, n);
				}
			}
			catch (SocketException ex) {
				if (received.size() == 0) {
					throw ex;
				}
				// Reset after the answer (the server closed with part of the request
				// unread).
			}
			writer.join(10_000);
			String response = received.toString(StandardCharsets.UTF_8);
			int status = (response.length() >= 12 && response.startsWith("HTTP/"))
					? Integer.parseInt(response.substring(9, 12)) : -1;
			if (status == -1) {
				// HTTP/0.9: no status line and no headers, only the body.
				return new RawResponse(status, "", response, Jsoup.parse(response));
			}
			int bodyStart = response.indexOf("\r\n\r\n");
			String head = (bodyStart >= 0) ? response.substring(0, bodyStart) : response;
			String body = (bodyStart >= 0) ? response.substring(bodyStart + 4) : "";
			return new RawResponse(status, head, body, Jsoup.parse(body));
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

	record RawResponse(int status, String head, String body, Document html) {

		/** The value of the first header of that name, or {@code null}. */
		String header(String name) {
			for (String line : this.head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
					return line.substring(colon + 1).trim();
				}
			}
			return null;
		}

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
