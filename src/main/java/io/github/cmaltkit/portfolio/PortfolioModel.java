package io.github.cmaltkit.portfolio;

import io.github.cmaltkit.markdown.Glossary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A portfolio read once, with the facts every part of the kit derives from it defined once: the
 * checker, the site engine, the kit pages and every report take the same model, so a section's title
 * or principles cannot differ between them. Built once per command, bake or preview update.
 *
 * <p>Each file is read and its front matter parsed when the model is made ({@link Portfolio#read}).
 * What costs more is made when first asked for, once: a file's Markdown tree, with its heading ids and
 * whether it is written, by {@link SectionFile#parsed} (the file owns its one parse, so that a fact
 * such as {@link SectionFile#written} needs no model); what is built on the tree, such as the
 * checker's page, through {@link #parsed}, once per file. The model lives in this package and the
 * checker's page in {@code check}, so that the portfolio does not depend on the checker: the checker
 * hands its parser in.
 */
public final class PortfolioModel {

    private final Portfolio portfolio;
    private final Map<String, Map<Class<?>, Object>> derived = new ConcurrentHashMap<>();
    private Glossary glossary;
    private final AtomicInteger parses = new AtomicInteger();

    private PortfolioModel(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    /** Reads the portfolio in {@code folder}: every file once. */
    public static PortfolioModel read(Path folder) throws Portfolio.UnreadableException {
        return new PortfolioModel(Portfolio.read(folder));
    }

    /**
     * Reads the portfolio in {@code folder} again after a change: files whose text did not change keep
     * {@code previous}'s reading and parsed pages (see {@link Portfolio#read(Path, Portfolio)}), so an
     * update costs the changed files, not the whole portfolio.
     */
    public static PortfolioModel read(Path folder, PortfolioModel previous) throws Portfolio.UnreadableException {
        if (previous == null) return read(folder);
        PortfolioModel model = new PortfolioModel(Portfolio.read(folder, previous.portfolio()));
        Map<String, SectionFile> kept = new java.util.HashMap<>();
        for (SectionFile f : previous.files()) kept.put(f.path(), f);
        for (SectionFile f : model.files()) {
            // The same reading (not only the same text): what was derived from it is what would be derived now.
            Map<Class<?>, Object> derived = kept.get(f.path()) == f ? previous.derived.get(f.path()) : null;
            if (derived != null) model.derived.put(f.path(), new ConcurrentHashMap<>(derived));
        }
        return model;
    }

    /** The model of a portfolio already read. */
    public static PortfolioModel of(Portfolio portfolio) {
        return new PortfolioModel(portfolio);
    }

    public Portfolio portfolio() { return portfolio; }
    public Path dir() { return portfolio.dir(); }
    public Settings settings() { return portfolio.settings(); }
    public Pathway pathway() { return portfolio.pathway(); }
    public List<SectionFile> files() { return portfolio.files(); }

    /** The glossary of portfolio.yml as every page marks it, made once per model. */
    public synchronized Glossary glossary() {
        if (glossary == null) glossary = Glossary.of(settings().glossary());
        return glossary;
    }

    /** The file at a portfolio-relative path ({@code content/core-1a.md}), if the model has it. */
    public Optional<SectionFile> file(String path) {
        return portfolio.file(path);
    }

    /** The pathway's description of a file's section, or empty for an extra page or a section the pathway lacks. */
    public Optional<SectionSpec> spec(SectionFile file) {
        return file.sectionId() == null ? Optional.empty() : pathway().spec(file.sectionId());
    }

    /**
     * The title of a file's page, everywhere it is shown: the candidate's own {@code title}, else the
     * official title of its section, else the file's name.
     */
    public String title(SectionFile file) {
        if (file.title() != null) return file.title();
        return spec(file).map(SectionSpec::title).orElse(file.baseName());
    }

    /** The core principles a file claims, in the order of {@link Principle}. */
    public List<Principle> principles(SectionFile file) {
        return Principle.all().stream().filter(p -> file.principles().contains(p.id())).toList();
    }

    /**
     * What {@code parser} makes of {@code file}, made once per model and kind (for instance the
     * checker's page, built on the file's {@linkplain SectionFile#parsed one parse}). Safe to call from several threads: a file is parsed once even then.
     */
    public <T> T parsed(SectionFile file, Class<T> kind, Function<SectionFile, T> parser) {
        Map<Class<?>, Object> mine = derived.computeIfAbsent(file.path(), p -> new ConcurrentHashMap<>());
        // computeIfAbsent holds the entry while parsing, so a second thread waits for the first one's page.
        return kind.cast(mine.computeIfAbsent(kind, k -> {
            parses.incrementAndGet();
            return parser.apply(file);
        }));
    }

    /**
     * How many pages {@link #parsed} made for this model, not counting those lent by the previous
     * model: the measure behind "each file is parsed once per check, bake or preview update".
     */
    public int parses() {
        return parses.get();
    }
}
