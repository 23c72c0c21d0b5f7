package io.github.cmaltkit.portfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A portfolio folder as the contract defines it: {@code portfolio.yml}, {@code content/} with one
 * Markdown file per section, and {@code assets/}. Reading never changes anything in the folder and
 * never fails on the candidate's text: what is wrong is kept as located {@link Problem}s.
 */
public final class Portfolio {

    public static final String CONTENT = "content";
    public static final String ASSETS = "assets";
    /** Markdown files larger than this are reported rather than read. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    private static final int MAX_DEPTH = 20;

    private final Path dir;
    private final Settings settings;
    private final Pathway pathway;
    private final List<SectionFile> files;
    private final Map<String, SectionFile> byPath = new HashMap<>();
    /** The first file of each section id, as {@link #section} finds it: reports ask for every section. */
    private final Map<String, SectionFile> bySection = new HashMap<>();
    private final List<Problem> problems;

    private Portfolio(Path dir, Settings settings, Pathway pathway, List<SectionFile> files, List<Problem> problems) {
        this.dir = dir;
        this.settings = settings;
        this.pathway = pathway;
        this.files = List.copyOf(files);
        for (SectionFile f : this.files) byPath.putIfAbsent(f.path(), f);
        for (SectionFile f : this.files) if (f.sectionId() != null) bySection.putIfAbsent(f.sectionId(), f);
        this.problems = List.copyOf(problems);
    }

    /** The portfolio folder (absolute, normalised). */
    public Path dir() { return dir; }
    public Settings settings() { return settings; }
    public Pathway pathway() { return pathway; }
    /** Every Markdown file under content/, sorted by path. */
    public List<SectionFile> files() { return files; }
    /** Problems of the portfolio as a whole: portfolio.yml, missing folders, duplicate section ids. */
    public List<Problem> problems() { return problems; }

    /** The file at {@code path} (relative to the portfolio, with {@code /}), looked up without a scan. */
    public Optional<SectionFile> file(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The readable files that are sections (in file order). */
    public List<SectionFile> sections() {
        return files.stream().filter(SectionFile::isSection).toList();
    }

    /** The extra pages: a title and no section. */
    public List<SectionFile> extraPages() {
        return files.stream().filter(SectionFile::isExtraPage).toList();
    }

    /** The first file written for a section id. */
    public Optional<SectionFile> section(String id) {
        return Optional.ofNullable(bySection.get(id));
    }

    /** Section ids that have a file. */
    public Set<String> writtenIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (SectionFile f : files) if (f.sectionId() != null) ids.add(f.sectionId());
        return ids;
    }

    /** The slots of the pathway (required and written optional ones), in official order. */
    public List<SectionSpec> slots() {
        return pathway.slots(writtenIds());
    }

    /** The required sections that have no file. */
    public List<SectionSpec> missing() {
        Set<String> written = writtenIds();
        return slots().stream().filter(s -> s.required() && !written.contains(s.id())).toList();
    }

    /** A portfolio folder that cannot be read at all (not there, not a folder). */
    public static final class UnreadableException extends Exception {
        public UnreadableException(String message) {
            super(message);
        }
    }

    /** Reads {@code portfolio.yml} of a folder alone; problems go nowhere (the checker reports them). */
    public static Settings readSettings(Path dir) {
        Path yml = dir.resolve(Settings.FILE);
        SourceText src = Files.isRegularFile(yml) ? readText(yml) : new SourceText("pathway: cmalt", null, null);
        return Settings.parse(src.text() == null ? "" : src.text(), new ArrayList<>());
    }

    /** Reads the portfolio in {@code folder}. */
    public static Portfolio read(Path folder) throws UnreadableException {
        return read(folder, null);
    }

    /**
     * Reads the portfolio in {@code folder}, keeping {@code previous}'s reading of each file whose text
     * is the same and read for the same pathway (the preview's updates, where one file of many
     * changed): a file's reading depends on nothing else, so it is the one a fresh read would make.
     */
    public static Portfolio read(Path folder, Portfolio previous) throws UnreadableException {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.exists(dir)) throw new UnreadableException(folder + ": no such folder");
        if (!Files.isDirectory(dir)) throw new UnreadableException(folder + ": is a file, not a portfolio folder");
        if (!Files.isReadable(dir)) throw new UnreadableException(folder + ": the folder cannot be read (permissions)");

        List<Problem> problems = new ArrayList<>();
        Path yml = dir.resolve(Settings.FILE);
        Settings settings;
        if (Files.isRegularFile(yml)) {
            SourceText src = readText(yml);
            if (src.text() == null) {
                problems.add(new Problem(Settings.FILE, src.problemLine(), 1, src.problem()));
                settings = Settings.parse("", new ArrayList<>());
            } else {
                settings = Settings.parse(src.text(), problems);
            }
        } else {
            problems.add(Problem.inFile(null, "there is no portfolio.yml in " + folder + ". Create it with at least:\n"
                    + "candidate: Your Name\npathway: cmalt"));
            settings = Settings.parse("pathway: cmalt", new ArrayList<>());
        }
        Pathway pathway = Pathways.get(settings.pathwayId());
        Map<String, SectionFile> before = new HashMap<>();
        if (previous != null && previous.pathway() == pathway) for (SectionFile f : previous.files()) before.put(f.path(), f);

        List<SectionFile> files = new ArrayList<>();
        Path content = dir.resolve(CONTENT);
        if (!Files.isDirectory(content)) {
            problems.add(Problem.inFile(null, "there is no content/ folder in " + folder
                    + ": create it and write one Markdown file per section in it"));
        } else {
            Path realDir = realPath(dir);
            // Reading and splitting the files (front matter YAML) is a check's first cost: done side by side, order kept.
            files.addAll(markdownFiles(content).parallelStream().map(p -> file(dir, realDir, p, pathway, before)).toList());
        }
        Map<String, SectionFile> first = new HashMap<>();
        for (SectionFile f : files) {
            if (f.sectionId() == null) continue;
            SectionFile earlier = first.putIfAbsent(f.sectionId(), f);
            if (earlier != null) {
                YamlMap.Entry e = f.entry("section").orElseThrow();
                problems.add(Problem.at(f.path(), e.valueLine(), e.valueColumn(), "section \"" + f.sectionId()
                        + "\" is also written in " + earlier.path() + "; each section id may be used once"
                        + Pathways.sectionIds().whenRepeated(f.sectionId()).map(hint -> " (" + hint + ")").orElse("")));
            }
        }
        return new Portfolio(dir, settings, pathway, files, problems);
    }

    /** One Markdown file of content/, read; {@code realDir} is the folder's real path (null when it has none). */
    private static SectionFile file(Path dir, Path realDir, Path p, Pathway pathway, Map<String, SectionFile> before) {
        String rel = PortfolioPath.relative(dir, p);
        if (!insideFolder(p, realDir)) {
            return SectionFile.unreadable(rel, "this file is a link to a file outside the portfolio folder; "
                    + "copy the file into content/ instead", null);
        }
        long size = sizeOf(p);
        if (size > MAX_FILE_BYTES) {
            return SectionFile.unreadable(rel, "the file is " + (size / (1024 * 1024)) + " MB, too large for a section "
                    + "(at most " + (MAX_FILE_BYTES / (1024 * 1024)) + " MB); split it, or move large material to assets/", null);
        }
        SourceText src = readText(p);
        SectionFile same = before.get(rel);
        if (same != null && src.text() != null && src.text().equals(same.text())) return same;
        return src.text() == null ? SectionFile.unreadable(rel, src.problem(), src.problemLine()) : SectionFile.read(rel, src.text(), pathway);
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean insideFolder(Path p, Path realDir) {
        if (realDir == null) return false;
        try {
            return p.toRealPath().startsWith(realDir);
        } catch (IOException e) {
            return false;
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Reads a file as strict UTF-8 text (see {@link SourceText}). */
    public static SourceText readText(Path p) {
        try {
            return SourceText.decode(Files.readAllBytes(p));
        } catch (IOException e) {
            return new SourceText(null, "the file cannot be read: " + e.getMessage(), null);
        }
    }

    private static List<Path> markdownFiles(Path content) {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(content, MAX_DEPTH)) {
            s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p) && Files.isRegularFile(p))
                    .filter(p -> isMarkdown(p.getFileName().toString()))
                    .filter(p -> !PortfolioPath.ignored(content.relativize(p)))
                    .forEach(out::add);
        } catch (IOException e) {
            return out;
        }
        Collections.sort(out);
        return out;
    }

    public static boolean isMarkdown(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }
}
