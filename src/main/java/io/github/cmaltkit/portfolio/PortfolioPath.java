package io.github.cmaltkit.portfolio;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the kit names a path inside a portfolio (or a folder made from one: the stage, the site), and
 * which of a portfolio's files are not the candidate's work.
 *
 * <p>A relative path is written with {@code /} between names on every system, as links, site paths,
 * findings and zip entries write it, so a Windows checkout gives the same reports and sites.
 *
 * <p>Ignored are hidden files (a name starting with a dot: {@code .git}, {@code .DS_Store}, Vim's
 * {@code .x.md.swp}, Emacs's {@code .#x.md}) and the temporary and backup files editors leave for a
 * moment beside the file being saved. Reading the portfolio, baking it, its version date and the
 * preview's watcher and server all skip the same files, so a save never shows a page, an update or a
 * version date for a file nobody wrote.
 */
public final class PortfolioPath {

    /** {@code sed -i}'s temporary file: "sed" and six letters or digits, no extension. */
    private static final Pattern SED = Pattern.compile("sed[A-Za-z0-9]{6}");
    private static final List<String> TEMPORARY_ENDINGS = List.of("~", ".swp", ".swo", ".swx", ".tmp");
    /** Vim checks that it may write a folder with the file 4913 (then 5036, 5159… while that exists). */
    private static final int VIM_PROBE = 4913;
    private static final int VIM_PROBE_STEP = 123;

    private PortfolioPath() {
    }

    /** {@code file} relative to {@code root}, with {@code /} between names. */
    public static String relative(Path root, Path file) {
        return slashed(root.relativize(file).toString());
    }

    /** {@code path} with {@code /} between names, whichever separator the system or the writer used. */
    public static String slashed(String path) {
        return path.replace('\\', '/');
    }

    /** Whether any name of {@code relative} (a path inside a portfolio or a folder of it) is ignored. */
    public static boolean ignored(Path relative) {
        for (Path part : relative) if (ignoredName(part.toString())) return true;
        return false;
    }

    /** Whether {@code child}, a path below {@code root}, is ignored (a path outside {@code root}: by its own name only). */
    public static boolean ignored(Path root, Path child) {
        if (child.startsWith(root)) return ignored(root.relativize(child));
        Path name = child.getFileName();
        return name != null && ignoredName(name.toString());
    }

    /** Whether a file or folder name is hidden or an editor's temporary or backup file. */
    public static boolean ignoredName(String name) {
        if (name.startsWith(".")) return true;
        // Emacs's auto-save (#x.md#) and Microsoft Office's lock file (~$report.docx).
        if (name.length() > 1 && name.startsWith("#") && name.endsWith("#") || name.startsWith("~$")) return true;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String end : TEMPORARY_ENDINGS) if (lower.endsWith(end)) return true;
        return SED.matcher(name).matches() || isVimProbe(name);
    }

    private static boolean isVimProbe(String name) {
        if (name.isEmpty() || name.length() > 6 || !name.chars().allMatch(c -> c >= '0' && c <= '9')) return false;
        int n = Integer.parseInt(name);
        return n >= VIM_PROBE && (n - VIM_PROBE) % VIM_PROBE_STEP == 0;
    }
}
