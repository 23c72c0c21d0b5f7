package io.github.cmaltkit.site;

import io.github.cmaltkit.check.CheckOptions;
import io.github.cmaltkit.check.CheckResult;
import io.github.cmaltkit.check.Checker;
import io.github.cmaltkit.check.rules.Rules;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.PortfolioModel;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SourceText;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one bake knows, read once and shared by everything that takes part in it (the Markdown engine,
 * the templates' site view, the kit's pages, the preview's findings): the portfolio it bakes and whom
 * for, the portfolio's model, the checker's offline findings, the site view and the kit pages' state.
 * One session per bake, per test and per preview generation: the preview {@linkplain #forget forgets}
 * after each change, and the next generation reads the portfolio again, lending it the last model's
 * readings of unchanged files ({@link PortfolioModel#read(Path, PortfolioModel)}) so that an update
 * costs the changed files.
 */
public final class BakeSession {

    private final Path portfolio;
    private final Audience audience;
    /** Why the audience setting could not be read (null when it could): the pages that depend on it say so. */
    private final String audienceProblem;
    private final List<KitPages.Entry> kitPages;

    private PortfolioModel model;
    /** The last model read, kept through {@link #forget} only to lend its unchanged files' readings to the next. */
    private PortfolioModel previous;
    private CheckResult checked;
    private Map<String, Object> view;
    private final Map<Class<?>, Object> derived = new HashMap<>();
    /** How often this session read the portfolio: once per generation (the measure behind "read once per bake"). */
    private int reads;
    /** Files read alone, outside the model ({@link #file}). */
    private int strays;

    private BakeSession(Path portfolio, Audience audience, String audienceProblem, List<KitPages.Entry> kitPages) {
        this.portfolio = portfolio.toAbsolutePath().normalize();
        this.audience = audience;
        this.audienceProblem = audienceProblem;
        this.kitPages = List.copyOf(kitPages);
    }

    /** A session baking {@code portfolio} for {@code audience}, whose site has {@code kitPages} (in the contents' order). */
    public static BakeSession of(Path portfolio, Audience audience, List<KitPages.Entry> kitPages) {
        return new BakeSession(portfolio, audience, null, kitPages);
    }

    /** A session whose audience setting could not be read: every page that depends on it fails with {@code problem}. */
    public static BakeSession withBadAudience(Path portfolio, String problem, List<KitPages.Entry> kitPages) {
        return new BakeSession(portfolio, null, problem, kitPages);
    }

    /** The portfolio folder this session bakes (the candidate's, never the stage). */
    public Path portfolio() {
        return portfolio;
    }

    /** The model of the portfolio, read at the first call of this generation. */
    public synchronized PortfolioModel model() throws Portfolio.UnreadableException {
        if (model == null) {
            model = PortfolioModel.read(portfolio, previous);
            previous = model;
            reads++;
        }
        return model;
    }

    /**
     * The model's file at {@code path} (portfolio-relative, e.g. {@code content/core-1a.md}); a file
     * the model does not list (JBake found it in the stage, the portfolio's reading skipped it) is read
     * alone from {@code found}, its staged copy.
     */
    public SectionFile file(String path, Path found) throws Portfolio.UnreadableException {
        PortfolioModel m = model();
        Optional<SectionFile> known = m.file(path);
        if (known.isPresent()) return known.get();
        synchronized (this) {
            strays++;
        }
        SourceText text = Portfolio.readText(found);
        return text.text() == null ? SectionFile.unreadable(path, text.problem(), text.problemLine()) : SectionFile.read(path, text.text(), m.pathway());
    }

    /**
     * The checker's offline findings on {@link #model}: one check per generation, shared by the site's
     * model, the kit's pages and the preview's panel. Offline: a bake never touches the network and
     * gives the same pages every time.
     */
    public synchronized CheckResult checked() throws Portfolio.UnreadableException {
        if (checked == null) checked = Checker.check(model(), Rules.all(), new CheckOptions(true));
        return checked;
    }

    /**
     * Whether this bake carries the candidate's workspace pages: the local bake and the preview do, a
     * public bake only when portfolio.yml says {@code workspace: publish}.
     *
     * @throws IllegalArgumentException when the audience setting names neither audience
     */
    public boolean showsWorkspace() throws Portfolio.UnreadableException {
        if (audience == null) throw new IllegalArgumentException(audienceProblem);
        return audience.showsWorkspace(model().settings());
    }

    /** The kit's pages this bake makes: all of them, or all but the workspace. */
    public List<KitPages.Entry> kitPagesMade() throws Portfolio.UnreadableException {
        boolean workspace = showsWorkspace();
        return kitPages.stream().filter(e -> workspace || !e.workspace()).toList();
    }

    /**
     * The part of the templates' view that is the same on every page ({@link SiteView#of}), with the
     * links to the kit pages this bake makes, so the contents never link to a page the bake did not make.
     */
    public synchronized Map<String, Object> view() throws Portfolio.UnreadableException {
        if (view == null) {
            Map<String, Object> v = SiteView.of(checked(), kitPages);
            KitPages.addTo(v, kitPagesMade(), showsWorkspace());
            view = v;
        }
        return view;
    }

    /**
     * What {@code make} builds of this session, once per generation (the kit pages' shared state). The
     * kind names it: one value per kind.
     */
    public synchronized <T> T derived(Class<T> kind, Maker<T> make) throws Portfolio.UnreadableException {
        Object v = derived.get(kind);
        if (v == null) {
            v = make.make(this);
            derived.put(kind, v);
        }
        return kind.cast(v);
    }

    /** Builds a session's derived state; may read the portfolio. */
    @FunctionalInterface
    public interface Maker<T> {
        T make(BakeSession session) throws Portfolio.UnreadableException;
    }

    /** Forgets all this session read and derived: the next call reads the portfolio again (the preview, after a change). */
    public synchronized void forget() {
        model = null;   // previous stays: it lends only readings of identical text
        checked = null;
        view = null;
        derived.clear();
    }

    /** How many times this session has read the portfolio (once per generation that asked for it). */
    public synchronized int reads() {
        return reads;
    }

    /** How many files this session read alone, outside its model ({@link #file}). */
    public synchronized int strays() {
        return strays;
    }
}
