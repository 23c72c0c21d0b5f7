package io.github.cmaltkit.preview;

import io.github.cmaltkit.portfolio.PortfolioPath;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folder trees and hands over the changed paths in batches. Editors save in several steps
 * (write a temporary file and rename it, delete and re-create, several writes in a row): events are
 * gathered until the folders have been quiet for {@link #QUIET_MS}, so a save gives one batch.
 * A batch with a null entry means events were lost (the system's queue overflowed): re-read everything.
 */
final class Watcher implements AutoCloseable {

    /** How long the folders must be quiet before a batch is handed over. */
    static final long QUIET_MS = 25;
    /** A batch is handed over after this long even if writes go on. */
    static final long MAX_WAIT_MS = 400;

    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    private final Thread thread;

    Watcher(List<Path> roots, Consumer<Set<Path>> onBatch) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) if (Files.isDirectory(root)) registerTree(root);
        thread = new Thread(() -> loop(onBatch), "cmalt-preview-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Consumer<Set<Path>> onBatch) {
        try {
            while (true) {
                WatchKey first = service.take();
                Set<Path> batch = new LinkedHashSet<>();
                long start = System.nanoTime();
                drain(first, batch);
                while (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < MAX_WAIT_MS) {
                    WatchKey next = service.poll(QUIET_MS, TimeUnit.MILLISECONDS);
                    if (next == null) break;
                    drain(next, batch);
                }
                if (!batch.isEmpty()) onBatch.accept(batch);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview is stopping
        }
    }

    private void drain(WatchKey key, Set<Path> batch) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                batch.add(null);
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            // An editor's temporary file is no change of the portfolio: no update, no line in the log.
            if (PortfolioPath.ignoredName(changed.getFileName().toString())) continue;
            batch.add(changed);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed); // a new folder (or one renamed into place) is watched too
                } catch (IOException e) {
                    batch.add(null);
                }
            }
        }
        if (!key.reset()) dirs.remove(key);
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && PortfolioPath.ignoredName(dir.getFileName().toString())) return FileVisitResult.SKIP_SUBTREE;
                dirs.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
