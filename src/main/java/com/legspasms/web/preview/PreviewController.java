package com.legspasms.web.preview;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The two addresses preview mode adds: {@code /preview/events}, a Server-Sent Events
 * stream that tells open pages when the content has changed, and
 * {@code /preview/live-reload.js}, the small same-origin script that listens to it (so
 * the Content-Security-Policy stays {@code script-src 'self'}). Outside preview mode
 * ({@code site.preview} false, the default) this controller does not exist and both
 * addresses answer 404.
 */
@Controller
@ConditionalOnBooleanProperty("site.preview")
class PreviewController {

	static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	private final PreviewEvents events;

	private final Resource script = new ClassPathResource("preview/live-reload.js");

	PreviewController(PreviewEvents events) {
		this.events = events;
	}

	/**
	 * Returns a stream of {@code change} events, each carrying the number of the last
	 * content change.
	 * @return a stream of {@code change} events, each carrying the number of the last
	 * content change
	 */
	@GetMapping(path = "/preview/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events() {
		return this.events.open();
	}

	/**
	 * Returns the script, never cached (it is a writer's tool, not a reader's asset).
	 * @return the script, never cached (it is a writer's tool, not a reader's asset)
	 */
	@GetMapping("/preview/live-reload.js")
	ResponseEntity<Resource> script() {
		return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noStore()).body(this.script);
	}

}
