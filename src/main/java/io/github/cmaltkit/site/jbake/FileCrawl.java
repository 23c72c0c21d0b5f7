package io.github.cmaltkit.site.jbake;

import java.io.File;
import java.io.FileFilter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import org.jbake.app.Crawler;

/**
 * JBake's crawler for one file. Its public {@code crawl()} walks, hashes and looks up every file of
 * the content folder, most of an update's time on a large portfolio; its private {@code crawlFile}
 * does exactly that for one file (hash, compare with the store, parse, store), so the preview calls
 * that one, and the pages stay those of JBake's own crawl. Where a JBake lacks it, {@link #available}
 * is false and the preview crawls the whole folder as before.
 */
final class FileCrawl {

    private static final Method CRAWL_FILE = crawlFileMethod();

    private FileCrawl() {
    }

    static boolean available() {
        return CRAWL_FILE != null;
    }

    /** Crawls one file as {@code crawler.crawl()} would; throws what JBake throws for it. */
    static void crawl(Crawler crawler, File file) {
        try {
            CRAWL_FILE.invoke(crawler, file);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether JBake's walk of {@code content} would crawl {@code file}: it and each folder above it pass its filter. */
    static boolean crawled(Path file, Path content, FileFilter filter) {
        if (!file.startsWith(content)) return false;
        for (Path p = file; !p.equals(content); p = p.getParent()) {
            if (!filter.accept(p.toFile())) return false;
        }
        return true;
    }

    private static Method crawlFileMethod() {
        try {
            Method m = Crawler.class.getDeclaredMethod("crawlFile", File.class);
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
