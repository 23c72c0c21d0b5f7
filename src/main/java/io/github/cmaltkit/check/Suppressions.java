package io.github.cmaltkit.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The candidate's own silencing comments in one file, as in markdownlint:
 * {@code <!-- cmalt-disable RULE [RULE…] -->} anywhere silences those rules for the whole file, and
 * {@code <!-- cmalt-disable-next-line RULE [RULE…] -->} for the line after the comment. Rules are
 * separated by spaces or commas; no rule at all means every rule. Only real HTML comments of the
 * Markdown count: one shown in a code block or code span is an example, and silences nothing.
 */
final class Suppressions {

    private static final String DISABLE = "cmalt-disable";
    private static final String NEXT_LINE = "-next-line";
    private static final String ALL = "*";

    private final Set<String> wholeFile = new HashSet<>();
    private final Map<Integer, Set<String>> byLine = new HashMap<>();

    /** The silencing comments among the page's HTML comments. */
    static Suppressions of(Page page) {
        Suppressions s = new Suppressions();
        for (Page.HtmlComment c : page.htmlComments()) {
            String rest = c.text().strip();
            if (!rest.startsWith(DISABLE)) continue;
            rest = rest.substring(DISABLE.length());
            boolean nextLine = rest.startsWith(NEXT_LINE);
            if (nextLine) rest = rest.substring(NEXT_LINE.length());
            // "cmalt-disabled" or "cmalt-disable-this" is some other word, not the comment.
            if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0)) && rest.charAt(0) != ',') continue;
            Set<String> rules = new HashSet<>();
            for (String r : rest.strip().split("[\\s,]+")) if (!r.isBlank()) rules.add(r);
            if (rules.isEmpty()) rules.add(ALL);
            if (nextLine) s.byLine.computeIfAbsent(c.end().line() + 1, k -> new HashSet<>()).addAll(rules);
            else s.wholeFile.addAll(rules);
        }
        return s;
    }

    boolean silences(Finding f) {
        if (wholeFile.contains(ALL) || wholeFile.contains(f.rule())) return true;
        if (f.line() == null) return false;
        Set<String> rules = byLine.getOrDefault(f.line(), Set.of());
        return rules.contains(ALL) || rules.contains(f.rule());
    }

    static List<Finding> apply(List<Finding> findings, Map<String, Suppressions> byFile) {
        return findings.stream().filter(f -> f.file() == null || !byFile.getOrDefault(f.file(), new Suppressions()).silences(f)).toList();
    }
}
