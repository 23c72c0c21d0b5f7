package io.github.cmaltkit.portfolio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates a new portfolio folder, or adds the sections a pathway requires to an existing one. It
 * never overwrites or changes a file that exists: it only creates new ones.
 */
public final class Scaffold {

    /** Why nothing was created. */
    public static final class RefusedException extends Exception {
        public RefusedException(String message) {
            super(message);
        }
    }

    private Scaffold() {
    }

    /**
     * Writes {@code portfolio.yml} (when missing) and a file for every section of the pathway that has
     * none yet. Returns the files created, relative to {@code dir}.
     *
     * @param pathwayId the pathway to use, or null to take the one in an existing portfolio.yml
     */
    public static List<String> init(Path dir, String pathwayId, String candidate) throws IOException, RefusedException {
        Path yml = dir.resolve(Settings.FILE);
        boolean existing = Files.isRegularFile(yml);
        String pathway;
        if (existing) {
            Settings settings = Portfolio.readSettings(dir);
            if (pathwayId != null && !pathwayId.equals(settings.pathwayId())) {
                throw new RefusedException(yml + " says the pathway is \"" + settings.pathwayId() + "\". To change to \""
                        + pathwayId + "\", edit that line of portfolio.yml first, then run init again: it adds the sections "
                        + "the new pathway needs and changes no file");
            }
            pathway = settings.pathwayId();
        } else {
            pathway = pathwayId == null ? "cmalt" : pathwayId;
            if (Pathways.find(pathway).isEmpty()) {
                throw new RefusedException("unknown pathway \"" + pathway + "\": use one of " + String.join(", ", Pathways.IDS));
            }
            if (Files.isDirectory(dir)) {
                try (var s = Files.list(dir)) {
                    if (s.findAny().isPresent()) {
                        throw new RefusedException(dir + " already holds files but no portfolio.yml; choose a new or empty folder");
                    }
                }
            }
        }
        List<String> created = new ArrayList<>();
        Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(dir.resolve("assets/evidence"));
        if (!existing) created.addAll(writeSettings(dir, pathway, candidate, Map.of()));
        Set<String> written = existing ? readWrittenIds(dir) : Set.of();
        Pathway p = Pathways.get(pathway);
        int n = 0;
        for (SectionSpec s : p.slots(List.of())) {
            n++;
            if (written.contains(s.id())) continue;
            // A section the assessors do not mark (assessed: false) has its own prompts, scaffold/ID.md; the
            // others share the Description, Evidence and Reflection parts.
            String text = s.assessed() ? resource("assessed.md") : resource(s.id() + ".md");
            // Core area 3 (topics: true in the pathway file) names its topic and its kind in the front matter: both keys are there to fill in.
            text = text.replace("{topic}", Pathways.sectionIds().namesTopic(s.id()) ? resource("topic.yml") : "")
                    .replace("{id}", s.id()).replace("{title}", s.title()).replace("{label}", s.label()).replace("{group}", s.group());
            String name = String.format("%02d-%s.md", n, s.id());
            Path file = dir.resolve("content").resolve(name);
            if (Files.exists(file)) file = dir.resolve("content").resolve(s.id() + ".md");
            if (Files.exists(file)) continue;
            write(file, text);
            created.add(PortfolioPath.relative(dir, file));
        }
        return created;
    }

    /**
     * Writes a new portfolio's {@code portfolio.yml} as {@code init} does (the kit's JBake settings stay in the kit),
     * with {@code glossary} added to the default glossary; an existing file is kept. Returns what it wrote.
     */
    public static List<String> writeSettings(Path dir, String pathway, String candidate, Map<String, String> glossary)
            throws IOException {
        List<String> created = new ArrayList<>();
        Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(dir.resolve("assets/evidence"));
        String yml = resource("portfolio.yml").replace("{candidate}", yamlScalar(candidate == null ? "Your Name" : candidate))
                .replace("{pathway}", pathway);
        StringBuilder entries = new StringBuilder();
        for (var e : glossary.entrySet()) {
            if (yml.contains("\n  " + e.getKey() + ":")) continue;
            entries.append("  ").append(e.getKey()).append(": ").append(yamlScalar(e.getValue())).append('\n');
        }
        int at = yml.indexOf("\nacronyms:");
        if (entries.length() > 0 && at > 0) yml = yml.substring(0, at + 1) + entries + yml.substring(at + 1);
        if (write(dir.resolve(Settings.FILE), yml)) created.add(Settings.FILE);
        return created;
    }

    /** A YAML scalar for one line: quoted when plain YAML would read it otherwise. */
    public static String yamlScalar(String value) {
        String v = value.replaceAll("[\\r\\n\\t]+", " ").strip();
        if (v.matches("[\\p{L}][\\p{L}\\p{N} .,'’()/-]*") && !v.endsWith(" ") && !v.matches("(?i)yes|no|true|false|null|on|off|~")) return v;
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Set<String> readWrittenIds(Path dir) throws IOException {
        try {
            return Portfolio.read(dir).writtenIds();
        } catch (Portfolio.UnreadableException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static boolean write(Path file, String text) throws IOException {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            return true;
        } catch (FileAlreadyExistsException e) {
            // Someone made it meanwhile: keep theirs.
            return false;
        }
    }

    private static String resource(String name) {
        try (InputStream in = Scaffold.class.getResourceAsStream("/scaffold/" + name)) {
            if (in == null) throw new IllegalStateException("scaffold/" + name + " is missing from the kit");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
