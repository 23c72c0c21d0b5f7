package io.github.cmaltkit.site.jbake;

import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.PortfolioPath;
import io.github.cmaltkit.site.KitPages;
import io.github.cmaltkit.site.kit.KitPage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentTypes;
import org.jbake.render.RenderingTool;

/**
 * Removes pages an earlier bake wrote that this bake no longer makes (a section renamed or deleted),
 * so {@code mvn jbake:generate} leaves no stale page in the site. Only files the kit listed as its
 * own are ever deleted: the list of what a bake makes is kept beside the site folder
 * ({@code site.written}), never inside it, and anything else in the folder is left alone.
 */
public final class StalePages implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) {
        Path out = config.getDestinationFolder().toPath().toAbsolutePath().normalize();
        TreeSet<String> now = new TreeSet<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            for (Map<String, Object> doc : db.getAllContent(type)) {
                if (doc.get("uri") instanceof String uri && !uri.isBlank()) now.add(clean(uri));
            }
        }
        if (config.getRenderIndex()) now.add(config.getIndexFileName());
        String ext = config.getOutputExtension();
        for (KitPages.Entry page : made(db)) now.add(page.href().replace(".html", ext));
        if (config.getRenderTags()) for (String tag : db.getAllTags()) now.add(config.getTagPathName() + "/" + tag + ext);
        addTree(now, config.getAssetFolder(), "");
        forget(out, now);
        return 0;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templates, CompositeConfiguration config) {
        return 0; // JBake 2.7 calls the other method; this one is kept for the interface only
    }

    /** The kit pages this bake makes: a public bake's site must not keep a local bake's plan or progress. */
    private static List<KitPages.Entry> made(ContentStore db) {
        try {
            return Sessions.of(db).kitPagesMade();
        } catch (IllegalArgumentException | Portfolio.UnreadableException e) {
            // the kit's pages report the bad setting; list only the public pages meanwhile
            return KitPage.entries().stream().filter(e2 -> !e2.workspace()).toList();
        }
    }

    /** Deletes what the last bake listed and this one does not make, then lists this bake's files. */
    static void forget(Path out, TreeSet<String> now) {
        Path list = out.resolveSibling(out.getFileName() + ".written");
        try {
            if (Files.isRegularFile(list)) {
                for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || now.contains(line)) continue;
                    Path stale = out.resolve(line).normalize();
                    if (!stale.startsWith(out) || !Files.isRegularFile(stale)) continue;
                    Files.delete(stale);
                    for (Path dir = stale.getParent(); dir != null && !dir.equals(out) && isEmpty(dir); dir = dir.getParent()) Files.delete(dir);
                }
            }
            Files.createDirectories(out);
            Files.write(list, new ArrayList<>(now), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Tidying is a convenience: a bake must not fail because an old page could not be removed.
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static String clean(String uri) {
        String u = PortfolioPath.slashed(uri);
        return u.startsWith("/") ? u.substring(1) : u;
    }

    private static void addTree(TreeSet<String> into, File folder, String prefix) {
        if (folder == null || !folder.isDirectory()) return;
        Path root = folder.toPath();
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> files = s.filter(Files::isRegularFile).toList();
            for (Path f : files) into.add(prefix + PortfolioPath.relative(root, f));
        } catch (IOException e) {
            // an unreadable asset folder: list nothing from it, so nothing of it is ever deleted
        }
    }
}
