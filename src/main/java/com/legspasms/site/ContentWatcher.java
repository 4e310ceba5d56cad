package com.legspasms.site;

import com.legspasms.content.ContentLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches the content folder and reloads the site when writers change it. Changes are gathered
 * until the folder has been quiet for a moment, then the whole site is rebuilt on this watcher's
 * own thread, never on a reader's request.
 */
@Component
@ConditionalOnBooleanProperty(name = "site.watch.enabled", matchIfMissing = true)
class ContentWatcher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ContentWatcher.class);

	private final SiteContent content;

	private final ContentWatchProperties properties;

	private volatile WatchService watchService;

	ContentWatcher(SiteContent content, ContentWatchProperties properties) {
		this.content = content;
		this.properties = properties;
	}

	@Override
	public void start() {
		try {
			this.watchService = FileSystems.getDefault().newWatchService();
			for (Path folder : new Path[] { this.content.contentDir(), this.content.contentDir().resolve("articles"),
					this.content.contentDir().resolve(ContentLoader.CARE_FOLDER) }) {
				if (Files.isDirectory(folder)) {
					folder.register(this.watchService, StandardWatchEventKinds.ENTRY_CREATE,
							StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot watch " + this.content.contentDir(), ex);
		}
		Thread thread = new Thread(this::watch, "content-watcher");
		thread.setDaemon(true);
		thread.start();
		logger.info("Watching " + this.content.contentDir().toAbsolutePath() + " for changes");
	}

	private void watch() {
		WatchService watching = this.watchService;
		try {
			while (true) {
				consume(watching.take());
				WatchKey more;
				while ((more = watching.poll(this.properties.quietPeriod().toMillis(), TimeUnit.MILLISECONDS)) != null) {
					consume(more);
				}
				reload();
			}
		}
		catch (ClosedWatchServiceException | InterruptedException stopped) {
			// stop() closed the watch service
		}
	}

	private void reload() {
		try {
			this.content.reload();
		}
		catch (RuntimeException ex) {
			logger.error("Could not reload the content; still serving the last good version", ex);
		}
	}

	private static void consume(WatchKey key) {
		key.pollEvents();
		key.reset();
	}

	@Override
	public void stop() {
		WatchService watching = this.watchService;
		this.watchService = null;
		if (watching != null) {
			try {
				watching.close();
			}
			catch (IOException ex) {
				logger.debug("Could not close the content watcher", ex);
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.watchService != null;
	}

}
