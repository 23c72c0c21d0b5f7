package io.github.cmaltkit.portfolio;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * What a candidate did wrong in YAML that the parser could not read, said in one plain sentence at the
 * line to change, instead of the parser's words ("expected &lt;block end&gt;…"); and the text with that
 * line mended or blanked, so that the rest of the settings can still be read.
 *
 * <p>The parser's position is often a line late (it notices an indentation mistake where the next
 * setting starts), so the lines are read by hand first: tabs, indentation that matches no line above,
 * a line without a colon. The parser's own report decides only what the lines do not show.
 *
 * @param line    0-based line of the YAML text (lines named in the message are lines of the file)
 * @param column  0-based column
 * @param message the sentence for the candidate
 * @param mended  the text with the mistake mended or its line blanked (same number of lines)
 */
record YamlMistake(int line, int column, String message, String mended) {

    private static final Pattern KEY = Pattern.compile("^( *)(?:- +)?([^\\s#'\"\\[{][^:#]*?|\"[^\"]*\"|'[^']*'):(?: +(.*))?$");

    /** The one mistake to report for a parse that failed with {@code e}. */
    static YamlMistake of(String yaml, MarkedYamlEngineException e, int firstLine) {
        String[] lines = yaml.split("\n", -1);
        Mark problem = e.getProblemMark().orElse(e.getContextMark().orElse(null));
        int problemLine = problem == null ? lines.length - 1 : Math.min(problem.getLine(), lines.length - 1);
        return byHand(lines, problemLine, firstLine).orElseGet(() -> fromParser(lines, e, problemLine));
    }

    /** The first line up to the parser's that is mis-indented, tab-indented or has no colon. */
    private static Optional<YamlMistake> byHand(String[] lines, int problemLine, int firstLine) {
        // Indentation of the open levels: each entry is {indent, line}.
        Deque<int[]> levels = new ArrayDeque<>();
        int prev = -1;
        boolean prevOpens = false;
        int blockScalarIndent = -1;
        for (int i = 0; i <= problemLine && i < lines.length; i++) {
            String line = lines[i];
            if (isBlank(line)) continue;
            int indent = indent(line);
            if (blockScalarIndent >= 0) {
                if (indent > blockScalarIndent) continue;
                blockScalarIndent = -1;
            }
            if (line.substring(0, leadingWhitespace(line)).indexOf('\t') >= 0) {
                String mended = " ".repeat(prev < 0 ? 0 : indent(lines[prev]) + (prevOpens ? 2 : 0)) + line.strip();
                return Optional.of(new YamlMistake(i, 0, "this line is indented with a tab, which YAML does not allow: "
                        + "indent it with spaces instead, lined up with the line it belongs with", mend(lines, i, mended)));
            }
            Matcher key = KEY.matcher(line);
            boolean isKey = key.matches();
            String value = isKey && key.group(3) != null ? withoutComment(key.group(3)) : "";
            if (prev < 0) {
                levels.push(new int[] {indent, i});
                if (!isKey && !line.strip().startsWith("-") && !line.strip().startsWith("[") && !line.strip().startsWith("{")) {
                    return Optional.of(noColon(lines, i, indent));
                }
            } else {
                int prevIndent = indent(lines[prev]);
                if (indent > prevIndent && !prevOpens && isKey) {
                    return Optional.of(new YamlMistake(i, indent, "this line is indented more than the line above it: line it up with "
                            + quoted(lines[prev]) + " on line " + (prev + firstLine),
                            mend(lines, i, " ".repeat(prevIndent) + line.strip())));
                }
                if (indent > prevIndent) {
                    levels.push(new int[] {indent, i});
                } else if (indent < prevIndent) {
                    int[] inner = levels.peek();
                    while (!levels.isEmpty() && levels.peek()[0] > indent) inner = levels.pop();
                    if (levels.isEmpty()) {
                        int first = inner[1];
                        return Optional.of(new YamlMistake(first, indent(lines[first]), "this line is indented, but the settings after it are not: "
                                + "start it at the beginning of the line", mend(lines, first, lines[first].strip())));
                    }
                    if (levels.peek()[0] != indent) {
                        int[] outer = levels.peek();
                        return Optional.of(new YamlMistake(i, indent, "this line is indented less than the line above it, but more than "
                                + quoted(lines[outer[1]]) + " on line " + (outer[1] + firstLine) + ": line it up with " + quoted(lines[inner[1]])
                                + " on line " + (inner[1] + firstLine) + " to keep it inside " + quoted(lines[outer[1]])
                                + ", or with " + quoted(lines[outer[1]]) + " to make it a setting of its own",
                                // A line that opens a group of its own is most likely a new setting; any other, one more entry of the group.
                                mend(lines, i, " ".repeat(isKey && value.isEmpty() ? outer[0] : inner[0]) + line.strip())));
                    }
                }
                if (!isKey && !line.strip().startsWith("- ") && !line.strip().equals("-") && !prevOpens && !continuesValue(lines[prev], indent, prevIndent)) {
                    return Optional.of(noColon(lines, i, indent));
                }
                if (levels.peek()[0] == indent) levels.peek()[1] = i;
            }
            prev = i;
            prevOpens = isKey && value.isEmpty();
            if (isKey && (value.startsWith("|") || value.startsWith(">"))) {
                blockScalarIndent = indent;
                prevOpens = false;
            }
        }
        return Optional.empty();
    }

    private static YamlMistake noColon(String[] lines, int i, int indent) {
        return new YamlMistake(i, indent, "this line is not a setting: write it as a name, a colon and a value, "
                + "for example \"section: core-1a\" (or remove the line)", mend(lines, i, ""));
    }

    /** A line indented under {@code key: value} that has no colon may continue that value (YAML allows long values to wrap). */
    private static boolean continuesValue(String previous, int indent, int prevIndent) {
        return indent > prevIndent || !KEY.matcher(previous).matches();
    }

    /** The parser's report, in plain words, where reading the lines by hand found nothing. */
    private static YamlMistake fromParser(String[] lines, MarkedYamlEngineException e, int problemLine) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        int contextLine = e.getContextMark().map(Mark::getLine).orElse(problemLine);
        int contextColumn = e.getContextMark().map(Mark::getColumn).orElse(0);
        int problemColumn = e.getProblemMark().map(Mark::getColumn).orElse(0);
        if (context.contains("quoted scalar")) {
            return new YamlMistake(contextLine, contextColumn, "the quotation mark on this line is never closed: "
                    + "add the same mark (' or \") at the end of the value", mend(lines, contextLine, ""));
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            boolean list = context.contains("sequence");
            return new YamlMistake(contextLine, contextColumn, "the " + (list ? "list" : "group") + " that opens with \""
                    + (list ? "[" : "{") + "\" on this line is not closed: end it with \"" + (list ? "]" : "}")
                    + "\" and separate its items with commas", mend(lines, contextLine, ""));
        }
        String line = problemLine < lines.length ? lines[problemLine] : "";
        if (problem.startsWith("mapping values are not allowed")) {
            Matcher key = KEY.matcher(line);
            if (key.matches() && key.group(3) != null) {
                String name = key.group(2).strip();
                String quotedValue = "'" + withoutComment(key.group(3)).replace("'", "''") + "'";
                return new YamlMistake(problemLine, problemColumn, "the value of \"" + name + "\" contains a colon followed by a space, "
                        + "which YAML reads as a new setting: put the whole value in quotes, e.g. " + name + ": \""
                        + withoutComment(key.group(3)).replace("\"", "'") + "\"",
                        mend(lines, problemLine, key.group(1) + (line.strip().startsWith("- ") ? "- " : "") + name + ": " + quotedValue));
            }
        }
        if (line.strip().startsWith("-")) {
            return new YamlMistake(problemLine, problemColumn, "this line starts a list item (\"- \") where a setting is expected: "
                    + "put the list under a setting, e.g. \"principles:\" with the items indented below it", mend(lines, problemLine, ""));
        }
        return new YamlMistake(problemLine, problemColumn, "this line cannot be read as a setting: write each setting as "
                + "\"name: value\" on its own line, lined up with the others, and put quotes around a value that contains "
                + "a colon followed by a space or starts with [ { * & ! | > ' \" % @ `", mend(lines, problemLine, ""));
    }

    private static String quoted(String line) {
        Matcher key = KEY.matcher(line);
        String s = key.matches() ? key.group(2).strip() + ":" : line.strip();
        if (line.strip().startsWith("- ")) s = "- " + s;
        return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }

    private static String mend(String[] lines, int at, String replacement) {
        String[] copy = lines.clone();
        copy[at] = replacement;
        return String.join("\n", copy);
    }

    private static String withoutComment(String value) {
        if (value.startsWith("#")) return "";
        int hash = value.indexOf(" #");
        return (hash >= 0 ? value.substring(0, hash) : value).strip();
    }

    private static boolean isBlank(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#");
    }

    private static int leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        return i;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }
}
