package io.github.cmaltkit.site;

import io.github.cmaltkit.portfolio.PortfolioPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Prepares JBake's input folder for any portfolio folder without writing a byte into it: copies
 * {@code portfolio.yml} and {@code content/}, lays the candidate's own templates over the kit's, and
 * writes the kit's JBake settings (plus the candidate's extra ones) into {@code jbake.properties}.
 */
public final class Stager {

    /** Where the staged portfolio came from: the site model reads that folder. */
    public static final String PORTFOLIO_KEY = "cmalt.portfolio.dir";
    /** Marks a staged bake: its summary is printed by the build's summary step, not by {@code jbake.DirectBakeLine}. */
    public static final String STAGED_KEY = "cmalt.staged";
    /** Marks the stage of JBake's own goals, which {@code jbake.DirectBake} refreshes at the start of every bake. */
    public static final String DIRECT_KEY = "cmalt.direct";
    /** The kit's templates folder, for {@code jbake.DirectBake} to stage them again. */
    public static final String TEMPLATES_KEY = "cmalt.kit.templates";
    /** The build's portfolio: Maven's property (or the -D system property, which JBake's settings read first). */
    public static final String BUILD_PORTFOLIO_PROPERTY = "portfolio";

    /**
     * Settings the kit owns: a candidate's jbake.properties cannot change them. JBake's tag settings are
     * the candidate's: the kit's own pages are rendering tools (site.kit), not tag pages.
     */
    static final Set<String> KIT_OWNED = Set.of("content.folder", "template.folder", "asset.folder", "data.folder",
            "template.masterindex.file", "template.section.file", "template.page.file", "default.status",
            "default.type", "db.store", "render.index", "index.file", "output.extension", "uri.noExtension",
            "destination.folder", PORTFOLIO_KEY, STAGED_KEY, DIRECT_KEY, TEMPLATES_KEY, BUILD_PORTFOLIO_PROPERTY, Audience.KEY);

    /** A folder arrangement that would put output inside the candidate's work, or similar. */
    public static final class RefusedException extends Exception {
        public RefusedException(String message) {
            super(message);
        }
    }

    private Stager() {
    }

    /**
     * Refuses an output folder that equals, contains or lies inside the portfolio folder: the kit
     * never writes inside a candidate's portfolio, and never deletes one.
     */
    public static void refuseOverlap(Path portfolio, Path output, String what) throws RefusedException {
        Path p = real(portfolio);
        Path o = real(output);
        if (o.equals(p)) {
            throw new RefusedException(what + " " + output + " is the portfolio folder itself; choose an output folder outside it (such as target/site)");
        }
        if (o.startsWith(p)) {
            throw new RefusedException(what + " " + output + " is inside the portfolio folder " + portfolio
                    + "; the kit never writes into a portfolio. Keep the portfolio folder outside the kit's target/ folder, or bake from another place");
        }
        if (p.startsWith(o)) {
            throw new RefusedException(what + " " + output + " contains the portfolio folder " + portfolio
                    + "; baking there could delete your work. Move the portfolio out of " + output);
        }
    }

    /** The absolute, normalised path, with symbolic links resolved as far as the path exists. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        List<Path> rest = new ArrayList<>();
        while (existing != null && !Files.exists(existing)) {
            rest.add(0, existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) return abs;
        try {
            Path r = existing.toRealPath();
            for (Path part : rest) r = r.resolve(part);
            return r;
        } catch (IOException e) {
            return abs;
        }
    }

    /** Builds {@code stage} for the audience the system property {@code cmalt.audience} names (local if none). */
    public static void stage(Path portfolio, Path kitTemplates, Path stage, Path site) throws IOException, RefusedException {
        Audience audience;
        try {
            audience = Audience.of(null);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(e.getMessage());
        }
        stage(portfolio, kitTemplates, stage, site, audience);
    }

    /** Builds {@code stage} from {@code portfolio} and the kit's {@code kitTemplates}, for a bake meant for {@code audience}. */
    public static void stage(Path portfolio, Path kitTemplates, Path stage, Path site, Audience audience) throws IOException, RefusedException {
        check(portfolio, kitTemplates, stage, site);
        deleteTree(stage);
        Map<String, String> settings = settings(portfolio, kitTemplates, audience);
        settings.put(STAGED_KEY, "true");
        mirror(stagedFiles(portfolio, kitTemplates), stage);
        writeSettings(stage, settings);
    }

    /**
     * Brings the stage of {@code mvn jbake:generate} and {@code mvn jbake:inline} ({@code jbake.DirectBake}) up to
     * date with {@code portfolio}, changing only the files that differ, so that JBake's own watcher sees a
     * change exactly when the portfolio changed. Returns the settings of the bake.
     */
    public static Map<String, String> syncDirect(Path portfolio, Path kitTemplates, Path stage, Path site) throws IOException, RefusedException {
        check(portfolio, kitTemplates, stage, site);
        Map<String, String> settings = settings(portfolio, kitTemplates, Audience.of(null));
        settings.put(DIRECT_KEY, "true");
        mirror(stagedFiles(portfolio, kitTemplates), stage);
        writeSettings(stage, settings);
        return settings;
    }

    private static void check(Path portfolio, Path kitTemplates, Path stage, Path site) throws RefusedException {
        if (!Files.isDirectory(portfolio)) throw new RefusedException(portfolio + ": no such portfolio folder");
        if (!Files.isDirectory(kitTemplates)) throw new RefusedException(kitTemplates + ": the kit's templates folder is missing");
        refuseOverlap(portfolio, stage, "The staging folder");
        refuseOverlap(portfolio, site, "The site folder");
    }

    /**
     * What JBake reads, by path in the stage: {@code portfolio.yml}, {@code content/}, the kit's templates
     * with the candidate's own laid over them, and {@code assets/}. Assets are copied like content, not
     * handed to JBake in place: JBake would publish hidden files and whatever a symbolic link reaches
     * outside the portfolio.
     */
    private static Map<String, Path> stagedFiles(Path portfolio, Path kitTemplates) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        Path yml = portfolio.resolve("portfolio.yml");
        if (Files.isRegularFile(yml)) files.put("portfolio.yml", yml);
        collect(portfolio.resolve("content"), "content/", portfolio, files);
        collect(kitTemplates, "templates/", kitTemplates, files);
        collect(portfolio.resolve("templates"), "templates/", portfolio, files);
        collect(portfolio.resolve("assets"), "assets/", portfolio, files);
        return files;
    }

    /**
     * The bake's JBake settings: the kit's, then the candidate's own from the portfolio's
     * jbake.properties, except those the kit owns and those an older {@code cmalt init} copied from the
     * kit (so a newer kit's value applies), then where the bake comes from and whom it is for.
     */
    private static Map<String, String> settings(Path portfolio, Path kitTemplates, Audience audience) throws IOException {
        return settings(portfolio, kitTemplates, audience, kitSettings());
    }

    /** As {@link #settings(Path, Path, Audience)}, with the kit's settings given (a test plays a newer kit). */
    static Map<String, String> settings(Path portfolio, Path kitTemplates, Audience audience, Map<String, String> kit) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>(kit);
        Map<String, String> initWritten = initWrittenSettings();
        Path extra = portfolio.resolve("jbake.properties");
        if (Files.isRegularFile(extra)) {
            Properties p = new Properties();
            try (var r = Files.newBufferedReader(extra, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            for (var e : new TreeMap<>(toMap(p)).entrySet()) {
                String k = e.getKey();
                if (KIT_OWNED.contains(k) || e.getValue().strip().equals(initWritten.get(k))) continue;
                settings.put(k, e.getValue());
            }
        }
        // The site's model reads the portfolio itself.
        settings.put(PORTFOLIO_KEY, slashed(portfolio));
        settings.put(TEMPLATES_KEY, slashed(kitTemplates));
        // Who the bake is for (mvn package -Dcmalt.audience=public): said once here, read by the kit's pages.
        settings.put(Audience.KEY, audience.name().toLowerCase(java.util.Locale.ROOT));
        return settings;
    }

    private static String slashed(Path p) {
        return PortfolioPath.slashed(p.toAbsolutePath().normalize().toString());
    }

    /** Writes the stage's jbake.properties, only when it would change (a watcher must not see a rewrite as an edit). */
    private static void writeSettings(Path stage, Map<String, String> settings) throws IOException {
        StringBuilder b = new StringBuilder("# Written by the CMALT kit for one bake; edit the portfolio, not this file.\n");
        for (var e : settings.entrySet()) b.append(e.getKey()).append('=').append(escape(e.getValue())).append('\n');
        Path file = stage.resolve("jbake.properties");
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) return;
        Files.write(file, bytes);
    }

    /** Empties the folder JBake bakes into, so the new site holds no page of an older bake. */
    public static void prepareOutput(Path portfolio, Path baked) throws IOException, RefusedException {
        refuseOverlap(portfolio, baked, "The bake folder");
        deleteTree(baked);
        Files.createDirectories(baked);
    }

    /**
     * Puts a complete bake in place of the site: the old site is moved aside first and deleted only
     * once the new one is in place.
     */
    public static void replaceSite(Path portfolio, Path baked, Path site) throws IOException, RefusedException {
        refuseOverlap(portfolio, site, "The site folder");
        Path old = site.resolveSibling(site.getFileName() + ".old");
        deleteTree(old);
        if (Files.exists(site)) Files.move(site, old);
        Files.move(baked, site);
        deleteTree(old);
    }

    /** The kit's JBake settings, in file order. */
    public static Map<String, String> kitSettings() throws IOException {
        return resourceSettings("/site/jbake.properties");
    }

    /**
     * The settings {@code cmalt init} used to copy into a portfolio's jbake.properties (until the kit kept its
     * settings to itself): a line of that file with one of these values is the kit's, not the candidate's.
     */
    static Map<String, String> initWrittenSettings() throws IOException {
        return resourceSettings("/site/init-written.properties");
    }

    private static Map<String, String> resourceSettings(String resource) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = Stager.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("the kit's " + resource.substring(1) + " is missing from the classpath");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                int eq = l.indexOf('=');
                out.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
            }
        }
        return out;
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
        return m;
    }

    private static String escape(String v) {
        // Commons Configuration splits values on commas and reads backslashes as escapes.
        return v.replace("\\", "\\\\").replace(",", "\\,");
    }

    /** Lists regular files below {@code from} that stay inside {@code boundary} (links out and hidden files are skipped). */
    static void collect(Path from, String prefix, Path boundary, Map<String, Path> into) throws IOException {
        if (!Files.isDirectory(from)) return;
        Path limit = real(boundary);
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(from) && PortfolioPath.ignoredName(dir.getFileName().toString())) return FileVisitResult.SKIP_SUBTREE;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (PortfolioPath.ignoredName(file.getFileName().toString())) return FileVisitResult.CONTINUE;
                if (!real(file).startsWith(limit) || !Files.isRegularFile(file)) return FileVisitResult.CONTINUE;
                into.put(prefix + PortfolioPath.relative(from, file), file);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Makes {@code to} hold exactly {@code files} (path in {@code to} → source) and the folders JBake
     * requires: copies only what differs and deletes the rest, so nothing is written when nothing changed.
     */
    static void mirror(Map<String, Path> files, Path to) throws IOException {
        for (String dir : List.of("content", "templates", "assets")) Files.createDirectories(to.resolve(dir));
        for (var e : files.entrySet()) {
            Path target = to.resolve(e.getKey());
            if (Files.isRegularFile(target) && Files.mismatch(e.getValue(), target) == -1) continue;
            Files.createDirectories(target.getParent());
            Files.copy(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Stream<Path> s = Files.walk(to)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                String rel = PortfolioPath.relative(to, p);
                if (p.equals(to) || rel.equals("jbake.properties") || files.containsKey(rel)) continue;
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) Files.delete(p);
                else if (!List.of("content", "templates", "assets").contains(rel) && isEmpty(p)) Files.delete(p);
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Deletes what {@code site} holds (not the folder itself: `mvn jbake:inline` serves it), so a bake shows one portfolio. */
    public static void emptySite(Path portfolio, Path site) throws IOException, RefusedException {
        refuseOverlap(portfolio, site, "The site folder");
        if (!Files.isDirectory(site)) return;
        try (Stream<Path> s = Files.list(site)) {
            for (Path p : s.toList()) deleteTree(p);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
