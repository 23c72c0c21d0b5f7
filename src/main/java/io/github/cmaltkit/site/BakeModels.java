package io.github.cmaltkit.site;

import io.github.cmaltkit.portfolio.PortfolioPath;
import io.github.cmaltkit.check.CheckOptions;
import io.github.cmaltkit.check.CheckResult;
import io.github.cmaltkit.check.Checker;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.PortfolioModel;
import io.github.cmaltkit.portfolio.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The portfolio model of the bake (or preview update) in progress. JBake calls the Markdown engine
 * once per file and the model extractor once per page, with nothing shared between the calls but the
 * configuration; so both ask here, and get the same model as long as no file of the portfolio has
 * changed. A change is seen by the files' sizes and modification times (a stat per file, no read);
 * the preview also forgets the model before each update (see {@link SiteExtractor#forget}), so an
 * edit that keeps a file's size within one tick of a coarse file-system clock is still seen there.
 * Reading again keeps the last model's reading and parsed page of every file whose text is unchanged
 * (compared in full, not by stamps): a preview update parses the files that changed.
 */
public final class BakeModels {

    private static Path dir;
    private static Map<String, String> stamps;
    private static PortfolioModel model;
    private static CheckResult checked;
    /** The last model read, kept through {@link #forget} only to lend its unchanged files' readings to the next. */
    private static PortfolioModel previous;

    private BakeModels() {
    }

    /** The model of the portfolio in {@code folder}: the one already read if nothing in it changed since. */
    public static synchronized PortfolioModel current(Path folder) throws Portfolio.UnreadableException {
        Path d = folder.toAbsolutePath().normalize();
        Map<String, String> now = stamps(d);
        if (model == null || !d.equals(dir) || !now.equals(stamps)) {
            // The stamps are taken before reading: a file saved during the read makes the next call read again.
            model = PortfolioModel.read(d, previous != null && d.equals(previous.dir()) ? previous : null);
            previous = model;
            dir = d;
            stamps = now;
        }
        return model;
    }

    /**
     * The checker's offline findings on {@link #current}: one check per model, shared by the site's model
     * and the kit's pages. Offline: a bake never touches the network and gives the same pages every time.
     */
    public static synchronized CheckResult checked(Path folder) throws Portfolio.UnreadableException {
        PortfolioModel m = current(folder);
        if (checked == null || checked.model() != m) checked = Checker.check(m, io.github.cmaltkit.check.rules.Rules.all(), new CheckOptions(true));
        return checked;
    }

    /** Forgets the model, so the next call reads the portfolio again. */
    public static synchronized void forget() {
        checked = null;
        model = null;   // previous stays: it lends only readings of identical text
        stamps = null;
        dir = null;
    }

    /** Size and modification time of portfolio.yml and of every file under content/. */
    private static Map<String, String> stamps(Path d) {
        Map<String, String> out = new TreeMap<>();
        stamp(d.resolve(Settings.FILE), d, out);
        Path content = d.resolve(Portfolio.CONTENT);
        if (Files.isDirectory(content)) {
            try (Stream<Path> s = Files.walk(content)) {
                s.filter(p -> !PortfolioPath.ignored(content, p)).forEach(p -> stamp(p, d, out));
            } catch (IOException | java.io.UncheckedIOException e) {
                out.put("?", String.valueOf(System.nanoTime())); // cannot tell: read again
            }
        }
        return out;
    }

    private static void stamp(Path p, Path d, Map<String, String> out) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            out.put(d.relativize(p).toString(), a.size() + "@" + a.lastModifiedTime().toMillis() + "." + a.lastModifiedTime().toInstant().getNano());
        } catch (IOException e) {
            // Not there: its absence is the stamp.
        }
    }
}
