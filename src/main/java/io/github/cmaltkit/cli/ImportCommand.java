package io.github.cmaltkit.cli;

import io.github.cmaltkit.KitCommand;
import io.github.cmaltkit.draft.ImportRefusedException;
import io.github.cmaltkit.draft.Importer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code cmalt import DRAFT [--pathway P] [--candidate NAME] [--into DIR]}. Kept apart from {@link Main}'s
 * other commands so that only this one loads the draft readers (and Apache POI with them).
 */
final class ImportCommand {

    static final Path REPORT = Path.of("target", "import-report.txt");

    private ImportCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Path cwd) throws UsageException, IOException {
        Args a = Args.parse(args, List.of("--pathway", "--candidate", "--into"), List.of());
        if (a.positionals.size() != 1) {
            throw new UsageException(a.positionals.isEmpty()
                    ? "name the draft to import: a .docx file, an .html page or a folder of pages, or a Markdown file"
                    : "expected one draft, got " + a.positionals);
        }
        Path draft = cwd.resolve(a.positionals.get(0));
        // Like init: the new portfolio may not lie inside another one.
        Path into = PortfolioDir.forInit(a.value("--into", null), cwd);
        quietLogging();
        Importer.Result r;
        try {
            r = Importer.run(draft, new Importer.Options(a.value("--pathway", null), a.value("--candidate", null), into, cwd.resolve(REPORT)));
        } catch (ImportRefusedException e) {
            err.println("cmalt import: " + e.getMessage());
            return Main.CANNOT_RUN;
        }
        for (String line : r.lines()) out.println(line);
        out.println();
        out.println("Wrote " + r.files().size() + " files into " + into + "; this report is also in " + REPORT + ".");
        boolean own = into.normalize().equals(cwd.resolve(PortfolioDir.OWN).normalize());
        String named = own ? "" : " " + into;
        if (r.matchedNone()) {
            err.println("cmalt import: no heading of " + draft + " names a section of the " + r.pathway()
                    + " pathway, so the whole draft is on one page in " + into + " (the report lists the headings looked for):"
                    + " rename the draft's headings, or move the text into sections by hand");
            return Main.CANNOT_RUN;
        }
        if (!r.missing().isEmpty()) {
            out.println("Next: add the sections still missing with `" + KitCommand.LAUNCHER + " init" + named + "`, then");
        } else {
            out.println("Next:");
        }
        out.println("  " + KitCommand.LAUNCHER + " preview" + named + "     (your portfolio as a site, as you edit it)");
        out.println("  " + KitCommand.LAUNCHER + " check" + named + "       (what to fix before you submit)");
        return Main.OK;
    }

    /** Apache POI logs through Log4j, which would print a warning of its own when it finds no logging set-up. */
    private static void quietLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }
}
