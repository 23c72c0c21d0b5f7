package io.github.cmaltkit.site;

import io.github.cmaltkit.KitCommand;
import io.github.cmaltkit.markdown.SitePaths;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.Problem;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The few lines a candidate reads after a bake, instead of JBake's log. */
public final class BakeSummary {

    private BakeSummary() {
    }

    /** The bake did not produce the pages it should have: JBake skipped or emptied some. */
    public static final class IncompleteBakeException extends Exception {
        public IncompleteBakeException(String message) {
            super(message);
        }
    }

    /** Every page the site must have, each made by the kit's templates. */
    public static void verify(Portfolio portfolio, Path site) throws IOException, IncompleteBakeException {
        List<String> bad = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        expected.add("index.html");
        for (SectionFile f : portfolio.files()) expected.add(SitePaths.pageOf(f.path()));
        for (String page : expected) {
            Path p = site.resolve(page);
            if (!Files.isRegularFile(p)) bad.add(page + " was not written");
            else if (!Files.readString(p).contains(GENERATOR)) bad.add(page + " was not made by the kit's templates");
        }
        if (!bad.isEmpty()) {
            throw new IncompleteBakeException("the bake is incomplete: " + String.join("; ", bad)
                    + ". Look for JBake's error messages above; if there are none, run the set-up command again (mvn install)");
        }
    }

    /** Every page of the kit's templates carries this, so an incomplete bake can be told apart. */
    static final String GENERATOR = "<meta name=\"generator\" content=\"CMALT portfolio kit\">";

    public static List<String> lines(Portfolio portfolio, Path site, Path shownPortfolio) throws IOException {
        List<String> out = new ArrayList<>();
        long pages = portfolio.files().size() + 1;
        String who = portfolio.settings().candidate() == null ? "" : portfolio.settings().candidate() + "'s ";
        out.add("Baked " + pages + " pages of " + who + portfolio.pathway().name() + " portfolio into " + site);
        if (portfolio.pathway().provisional()) out.add("Note: " + portfolio.pathway().provisionalNote());
        List<SectionSpec> missing = portfolio.missing();
        List<SectionFile> unwritten = portfolio.sections().stream().filter(f -> !f.written()).toList();
        if (missing.isEmpty() && unwritten.isEmpty()) {
            out.add("Every section the " + portfolio.pathway().name() + " pathway requires is written.");
        }
        if (!missing.isEmpty()) {
            out.add(missing.size() + " required section(s) not written yet (shown as placeholders on the site):");
            for (SectionSpec s : missing) out.add("  - " + s.id() + "  " + s.title());
        }
        if (!unwritten.isEmpty()) {
            out.add(unwritten.size() + " section(s) not written yet: the file holds only headings and writing prompts "
                    + "(shown as \"Not written yet\" on the site):");
            for (SectionFile f : unwritten) out.add("  - " + f.sectionId() + "  " + f.path());
        }
        List<Problem> problems = new ArrayList<>(portfolio.problems());
        for (SectionFile f : portfolio.files()) problems.addAll(f.problems());
        if (!problems.isEmpty()) {
            out.add(problems.size() + " problem(s) with the portfolio's files:");
            for (Problem p : problems) out.add("  " + p.located().replace("\n", "\n    "));
        }
        // Name the folder in the commands only when it is not the one they use by default.
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = shownPortfolio.toAbsolutePath().normalize();
        boolean own = shown.equals(cwd.resolve("portfolio"));
        boolean sample = shown.equals(cwd.resolve("sample-portfolio")) && !Files.isDirectory(cwd.resolve("portfolio"));
        String named = own || sample ? "" : " " + shownPortfolio;
        if (sample) out.add("This is the kit's sample. Start your own portfolio with: " + KitCommand.LAUNCHER + " init");
        out.add("Open " + site.resolve("index.html") + " in a browser, or run " + KitCommand.LAUNCHER + " preview" + named
                + " for pages that reload as you save.");
        out.add("Before you submit: " + KitCommand.LAUNCHER + " check" + named);
        return out;
    }
}
