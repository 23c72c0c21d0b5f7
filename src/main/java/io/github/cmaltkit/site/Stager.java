package io.github.cmaltkit.site;

import io.github.cmaltkit.portfolio.IgnoredFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
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
    /** Marks a staged bake: its summary is printed by the build's summary step, not by {@link DirectBakeLine}. */
    public static final String STAGED_KEY = "cmalt.staged";

    /**
     * Settings the kit owns: a candidate's jbake.properties cannot change them. JBake's tag settings are
     * the candidate's: the kit's own pages are rendering tools (site.kit), not tag pages.
     */
    static final Set<String> KIT_OWNED = Set.of("content.folder", "template.folder", "asset.folder", "data.folder",
            "template.masterindex.file", "template.section.file", "template.page.file", "default.status",
            "default.type", "db.store", "render.index", "index.file", "output.extension", "uri.noExtension",
            "destination.folder", PORTFOLIO_KEY, Audience.KEY);

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
        if (!Files.isDirectory(portfolio)) throw new RefusedException(portfolio + ": no such portfolio folder");
        if (!Files.isDirectory(kitTemplates)) throw new RefusedException(kitTemplates + ": the kit's templates folder is missing");
        refuseOverlap(portfolio, stage, "The staging folder");
        refuseOverlap(portfolio, site, "The site folder");
        deleteTree(stage);
        Files.createDirectories(stage);
        Path yml = portfolio.resolve("portfolio.yml");
        if (Files.isRegularFile(yml)) Files.copy(yml, stage.resolve("portfolio.yml"));
        Path content = portfolio.resolve("content");
        if (Files.isDirectory(content)) copyTree(content, stage.resolve("content"), portfolio);
        else Files.createDirectories(stage.resolve("content"));
        copyTree(kitTemplates, stage.resolve("templates"), kitTemplates);
        Path own = portfolio.resolve("templates");
        if (Files.isDirectory(own)) copyTree(own, stage.resolve("templates"), portfolio);

        Map<String, String> settings = new LinkedHashMap<>(kitSettings());
        // Assets are copied like content, not handed to JBake in place: JBake would publish hidden files
        // and whatever a symbolic link reaches outside the portfolio.
        Path assets = portfolio.resolve("assets");
        if (Files.isDirectory(assets)) copyTree(assets, stage.resolve("assets"), portfolio);
        Files.createDirectories(stage.resolve("assets"));
        // The site's model reads the portfolio itself.
        settings.put(PORTFOLIO_KEY, portfolio.toAbsolutePath().normalize().toString().replace('\\', '/'));
        settings.put(STAGED_KEY, "true");
        // Who the bake is for (mvn package -Dcmalt.audience=public): said once here, read by the kit's pages.
        settings.put(Audience.KEY, audience.name().toLowerCase(java.util.Locale.ROOT));
        Path extra = portfolio.resolve("jbake.properties");
        if (Files.isRegularFile(extra)) {
            Properties p = new Properties();
            try (var r = Files.newBufferedReader(extra, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            for (String k : new TreeMap<>(toMap(p)).keySet()) {
                if (!KIT_OWNED.contains(k) && !k.equals(STAGED_KEY)) settings.put(k, p.getProperty(k));
            }
        }
        try (Writer w = Files.newBufferedWriter(stage.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            w.write("# Written by the CMALT kit for one bake; edit the portfolio, not this file.\n");
            for (var e : settings.entrySet()) w.write(e.getKey() + "=" + escape(e.getValue()) + "\n");
        }
    }

    /** The portfolio folder a bake reads: the staged one's origin, or JBake's source folder when baked in place. */
    public static Path portfolioDir(org.jbake.app.configuration.JBakeConfiguration config) {
        Object staged = config.get(PORTFOLIO_KEY);
        return staged != null && !String.valueOf(staged).isBlank() ? Path.of(String.valueOf(staged)) : config.getSourceFolder().toPath();
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
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = Stager.class.getResourceAsStream("/site/jbake.properties")) {
            if (in == null) throw new IOException("the kit's site/jbake.properties is missing from the classpath");
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

    /** Copies regular files below {@code from} that stay inside {@code boundary} (links out are skipped). */
    static void copyTree(Path from, Path to, Path boundary) throws IOException {
        Path limit = real(boundary);
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(from) && IgnoredFiles.ignoredName(dir.getFileName().toString())) return FileVisitResult.SKIP_SUBTREE;
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (IgnoredFiles.ignoredName(file.getFileName().toString())) return FileVisitResult.CONTINUE;
                if (!real(file).startsWith(limit) || !Files.isRegularFile(file)) return FileVisitResult.CONTINUE;
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
