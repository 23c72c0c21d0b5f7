package io.github.cmaltkit.site;

import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.Problem;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The few lines a candidate reads after a bake, instead of JBake's log. */
public final class BakeSummary {

    private BakeSummary() {
    }

    public static List<String> lines(Portfolio portfolio, Path site, Path shownPortfolio) throws IOException {
        List<String> out = new ArrayList<>();
        long pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).count();
        }
        String who = portfolio.settings().candidate() == null ? "" : portfolio.settings().candidate() + "'s ";
        out.add("Baked " + pages + " pages of " + who + portfolio.pathway().name() + " portfolio into " + site);
        if (portfolio.pathway().provisional()) out.add("Note: " + portfolio.pathway().provisionalNote());
        List<SectionSpec> missing = portfolio.missing();
        if (missing.isEmpty()) {
            out.add("Every section the " + portfolio.pathway().name() + " pathway requires has a file.");
        } else {
            out.add(missing.size() + " required section(s) not written yet (shown as placeholders on the site):");
            for (SectionSpec s : missing) out.add("  - " + s.id() + "  " + s.title());
        }
        List<Problem> problems = new ArrayList<>(portfolio.problems());
        for (SectionFile f : portfolio.files()) problems.addAll(f.problems());
        if (!problems.isEmpty()) {
            out.add(problems.size() + " problem(s) with the portfolio's files:");
            for (Problem p : problems) out.add("  " + p.located().replace("\n", "\n    "));
        }
        out.add("Preview: open " + site.resolve("index.html") + " in a browser, or run `mvn jbake:inline` and visit http://localhost:8820/");
        out.add("Before you submit: java -jar target/cmalt.jar check " + shownPortfolio);
        return out;
    }
}
