package com.legspasms.site;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.legspasms.content.ContentFiles;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches the content folder and every folder under it, at any depth (articles, images,
 * and any folder added later), and reloads the site when writers change them. Changes are
 * gathered until the folder has been quiet for a moment, then the whole site is rebuilt
 * on this watcher's own thread, never on a reader's request. Changes to hidden files (a
 * name starting with a dot, such as {@code .DS_Store}) are ignored. A folder that is
 * replaced by a new one (as some editors and sync tools do) is watched again. Nothing
 * that goes wrong while rebuilding stops the watching; should the watching itself end
 * other than by {@link #stop()}, {@link #isWatching()} says so.
 */
@Component
@ConditionalOnBooleanProperty(name = "site.watch.enabled", matchIfMissing = true)
class ContentWatcher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ContentWatcher.class);

	/**
	 * How often the folders are listed again, to catch a watched folder replaced by a new
	 * one.
	 */
	private static final long RESCAN_MILLIS = 1000;

	private final PublishedSite content;

	private final ContentWatchProperties properties;

	private final Map<Path, WatchKey> keys = new HashMap<>();

	private volatile WatchService watchService;

	private volatile Thread thread;

	ContentWatcher(PublishedSite content, ContentWatchProperties properties) {
		this.content = content;
		this.properties = properties;
	}

	@Override
	public void start() {
		try {
			this.watchService = FileSystems.getDefault().newWatchService();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot watch " + this.content.contentDir(), ex);
		}
		registerFolders();
		Thread watcher = new Thread(this::watch, "content-watcher");
		watcher.setDaemon(true);
		this.thread = watcher;
		watcher.start();
		logger.info("Watching " + this.content.contentDir().toAbsolutePath() + " for changes");
	}

	/**
	 * Whether the watcher is running and able to see changes.
	 * @return true while the watching thread runs
	 */
	boolean isWatching() {
		Thread watcher = this.thread;
		return this.watchService != null && watcher != null && watcher.isAlive();
	}

	private void watch() {
		WatchService watching = this.watchService;
		try {
			while (true) {
				WatchKey key = watching.poll(RESCAN_MILLIS, TimeUnit.MILLISECONDS);
				boolean changed = (key != null) ? consume(key) : false;
				changed |= registerFolders();
				if (!changed) {
					continue;
				}
				WatchKey more;
				while ((more = watching.poll(this.properties.quietPeriod().toMillis(),
						TimeUnit.MILLISECONDS)) != null) {
					consume(more);
				}
				registerFolders();
				reload();
			}
		}
		catch (ClosedWatchServiceException | InterruptedException stopped) {
			// stop() closed the watch service
		}
		catch (Throwable ex) {
			logger.error("The content watcher has stopped; changes to " + this.content.contentDir()
					+ " are no longer published (the health indicator 'content' is DOWN)", ex);
		}
	}

	private void reload() {
		try {
			this.content.reload();
		}
		catch (Throwable ex) {
			logger.error("Could not reload the content; still serving the last good version", ex);
		}
	}

	/**
	 * Watches every folder of the content folder that is not watched yet (hidden ones
	 * apart).
	 * @return whether a folder was newly watched (it was created or replaced), which
	 * counts as a change
	 */
	private synchronized boolean registerFolders() {
		WatchService watching = this.watchService;
		if (watching == null) {
			return false;
		}
		this.keys.values().removeIf((key) -> !key.isValid());
		boolean added = false;
		for (Path folder : folders()) {
			try {
				WatchKey key = folder.register(watching, StandardWatchEventKinds.ENTRY_CREATE,
						StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
				added |= !key.equals(this.keys.put(folder, key));
			}
			catch (IOException | RuntimeException ex) {
				logger.debug("Cannot watch " + folder, ex);
			}
		}
		return added;
	}

	private List<Path> folders() {
		Path root = this.content.contentDir();
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isDirectory)
				.filter((path) -> path.equals(root) || !hasHiddenPart(root.relativize(path)))
				.toList();
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Cannot list " + root, ex);
			return List.of(root);
		}
	}

	private static boolean hasHiddenPart(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Takes a key's events; whether any of them is about a file that is not hidden.
	 * @param key a key with events, reset afterwards
	 * @return true when some event is about a file that is not hidden
	 */
	private static boolean consume(WatchKey key) {
		boolean relevant = false;
		for (WatchEvent<?> event : key.pollEvents()) {
			relevant |= !(event.context() instanceof Path path) || !ContentFiles.isHidden(path);
		}
		key.reset();
		return relevant;
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
