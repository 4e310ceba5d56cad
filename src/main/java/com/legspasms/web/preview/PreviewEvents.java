package com.legspasms.web.preview;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.legspasms.site.ContentChangeHandled;
import com.legspasms.site.PublishedSite;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open preview pages, each listening on a Server-Sent Events stream: every stream is
 * told the number of the last content change the site handled, at once when it opens and
 * again after each change, and the page's script reloads the page when that number
 * differs from the one it was rendered with. Streams are asynchronous (they hold no
 * Tomcat thread while they wait) and end after {@link #STREAM_LIFETIME}; the browser's
 * EventSource then opens a new one by itself. Preview mode only ({@code site.preview}).
 */
@Component
@ConditionalOnBooleanProperty("site.preview")
class PreviewEvents {

	/** How long one stream stays open before the browser is asked to open another. */
	static final Duration STREAM_LIFETIME = Duration.ofMinutes(5);

	/** How soon, in milliseconds, a browser reconnects after a stream ends. */
	private static final long RECONNECT_MILLIS = 1000;

	private static final Log logger = LogFactory.getLog(PreviewEvents.class);

	private final List<SseEmitter> streams = new CopyOnWriteArrayList<>();

	private final PublishedSite content;

	PreviewEvents(PublishedSite content) {
		this.content = content;
	}

	/**
	 * Opens a stream for one page, starting with the number of the last change handled.
	 * @return the open stream; it ends when its lifetime is over, on an error, or when
	 * the site shuts down
	 */
	SseEmitter open() {
		SseEmitter stream = new SseEmitter(STREAM_LIFETIME.toMillis());
		stream.onCompletion(() -> this.streams.remove(stream));
		stream.onTimeout(stream::complete);
		stream.onError((ex) -> this.streams.remove(stream));
		this.streams.add(stream);
		send(stream, this.content.lastChange().change());
		return stream;
	}

	@EventListener
	void contentChanged(ContentChangeHandled change) {
		this.streams.forEach((stream) -> send(stream, change.change()));
	}

	/**
	 * Ends every stream, so graceful shutdown does not wait for open preview pages.
	 * @param event the notice from Spring that the application context is closing
	 */
	@EventListener
	void closing(ContextClosedEvent event) {
		this.streams.forEach(SseEmitter::complete);
		this.streams.clear();
	}

	private void send(SseEmitter stream, long change) {
		try {
			stream.send(SseEmitter.event().name("change").reconnectTime(RECONNECT_MILLIS).data(Long.toString(change)));
		}
		catch (IOException | IllegalStateException ex) {
			logger.debug("A preview page went away", ex);
			this.streams.remove(stream);
		}
	}

}
