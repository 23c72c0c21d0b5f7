package io.github.cmaltkit.cli;

import io.github.cmaltkit.KitCommand;
import io.github.cmaltkit.KitVersion;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.Scaffold;
import io.github.cmaltkit.site.Stager;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code java -jar cmalt.jar COMMAND …}: the kit's commands for candidates. */
public final class Main {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int CANNOT_RUN = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command; returns the exit status. Never throws for bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, new CheckCommand());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with the check command given (tests inject findings). */
    static int run(String[] args, PrintStream out, PrintStream err, CheckCommand check) {
        return run(args, out, err, check, Path.of(""));
    }

    /** As {@link #run(String[], PrintStream, PrintStream, CheckCommand)}, run from the folder {@code cwd} (tests stand elsewhere). */
    static int run(String[] args, PrintStream out, PrintStream err, CheckCommand check, Path cwd) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? CANNOT_RUN : OK;
        }
        if (args[0].equals("--version") || args[0].equals("version")) {
            out.println("cmalt " + KitVersion.get());
            return OK;
        }
        String command = args[0];
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        return guarded(command, err, () -> switch (command) {
            case "check" -> check.run(rest, out, err, cwd);
            case "init" -> init(rest, out, cwd);
            case "import" -> ImportCommand.run(rest, out, err, cwd);
            case "plan" -> PlanCommand.run(rest, out, err, cwd);
            case "preview" -> PreviewCommand.run(rest, System.in, out, err, cwd);
            default -> {
                err.println("cmalt: unknown command \"" + command + "\"" + Suggestion.hint(command, COMMANDS));
                usage(err);
                yield CANNOT_RUN;
            }
        });
    }

    /** What a command does; it throws what the candidate (or the build) did wrong, and {@link #guarded} says it in one line. */
    @FunctionalInterface
    public interface Work {
        int run() throws UsageException, IOException, Stager.RefusedException, Portfolio.UnreadableException, Scaffold.RefusedException;
    }

    /**
     * Runs the work of {@code command}: its exit status, or, when it fails, exit status 2 after one line on
     * {@code err} that starts {@code cmalt COMMAND: }, never a stack trace. Every command of the kit, the
     * build's own included, fails this way.
     */
    public static int guarded(String command, PrintStream err, Work work) {
        try {
            return work.run();
        } catch (UsageException e) {
            err.println("cmalt " + command + ": " + e.getMessage());
            return CANNOT_RUN;
        } catch (Stager.RefusedException | Portfolio.UnreadableException | Scaffold.RefusedException e) {
            err.println("cmalt " + command + ": " + e.getMessage());
            return CANNOT_RUN;
        } catch (IOException e) {
            err.println("cmalt " + command + ": could not read or write a file: " + e.getMessage());
            return CANNOT_RUN;
        } catch (UncheckedIOException e) {
            // e.g. a file that vanished while it was read: the check did not finish, but it is not our bug
            err.println("cmalt " + command + ": could not read or write a file: " + oneLine(e.getCause()));
            return CANNOT_RUN;
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours, not the candidate's: one plain line instead of a stack trace, and never
            // exit 0 or 1, since the check did not finish.
            err.println("cmalt " + command + ": internal error (" + oneLine(e) + "); please report this, with the command you ran");
            return CANNOT_RUN;
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        String s = e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** The commands a candidate types, for "did you mean"; the build's own steps are {@code io.github.cmaltkit.build.BuildStep}'s. */
    static final List<String> COMMANDS = List.of("check", "init", "import", "preview", "plan", "help", "version");

    static void usage(PrintStream s) {
        s.println("Usage: " + KitCommand.LAUNCHER + " COMMAND [options]     (or java -jar target/cmalt.jar COMMAND: the same, slower to start)");
        s.println();
        s.println("PORTFOLIO_DIR is optional everywhere: by default your own portfolio/ folder, or the kit's");
        s.println("sample-portfolio/ until you have one; inside a portfolio or a sub-folder of the kit, the one above.");
        s.println();
        s.println("  init [DIR] [--pathway associate|cmalt|senior] [--candidate NAME]");
        s.println("        start your portfolio (DIR defaults to portfolio/): portfolio.yml and one file per section,");
        s.println("        with writing prompts; on an existing portfolio, adds the sections its pathway still needs");
        s.println("        (it never overwrites a file; it refuses to run inside a portfolio)");
        s.println();
        s.println("  import DRAFT [--pathway associate|cmalt|senior] [--candidate NAME] [--into DIR]");
        s.println("        already have a draft? turn a Word document (.docx), saved web pages (.html, or a folder of");
        s.println("        them) or another tool's Markdown into a portfolio (DIR defaults to portfolio/; never changes DRAFT)");
        s.println();
        s.println("  preview [PORTFOLIO_DIR] [--port N]");
        s.println("        serve the site at http://127.0.0.1:8820/ with the checker's findings; pages reload as you save");
        s.println();
        s.println("  check [PORTFOLIO_DIR] [--format text|json|github|sarif] [--offline] [--no-color]");
        s.println("        check a portfolio before you submit it (exit 0: no error, 1: errors, 2: could not check)");
        s.println("        (" + KitCommand.LAUNCHER + " check --help for every option)");
        s.println();
        s.println("  plan [PORTFOLIO_DIR] [--today YYYY-MM-DD]");
        s.println("        the 16-week plan to your target date: which week it is and what is due");
        s.println();
        s.println("  --version   the kit's version");
    }

    private static int init(List<String> args, PrintStream out, Path cwd) throws UsageException, IOException, Scaffold.RefusedException {
        Args a = Args.parse(args, List.of("--pathway", "--candidate"), List.of());
        if (a.positionals.size() > 1) throw new UsageException("expected at most one folder, got " + a.positionals);
        Path dir = PortfolioDir.forInit(a.positionals.isEmpty() ? null : a.positionals.get(0), cwd);
        List<String> created = Scaffold.init(dir, a.value("--pathway", null), a.value("--candidate", null));
        if (created.isEmpty()) {
            out.println("Nothing to add: " + dir + " already has a file for every section its pathway requires.");
        } else {
            out.println("Created in " + dir + ":");
            for (String f : created) out.println("  " + f);
            boolean own = dir.normalize().equals(cwd.resolve(PortfolioDir.OWN).normalize());
            String named = own ? "" : " " + dir;
            out.println("Next: write your sections, watch them as a site with `" + KitCommand.LAUNCHER + " preview" + named
                    + "`, and check them with `" + KitCommand.LAUNCHER + " check" + named + "`.");
        }
        return OK;
    }
}
