package io.github.cmaltkit.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidate's own silencing comments in one file, as in markdownlint:
 * {@code <!-- cmalt-disable RULE [RULE…] -->} anywhere silences those rules for the whole file, and
 * {@code <!-- cmalt-disable-next-line RULE [RULE…] -->} for the line after the comment. Rules are
 * separated by spaces or commas; no rule at all means every rule.
 */
final class Suppressions {

    private static final Pattern COMMENT = Pattern.compile("<!--\\s*cmalt-disable(-next-line)?\\b([^>]*?)\\s*-->");
    private static final String ALL = "*";

    private final Set<String> wholeFile = new HashSet<>();
    private final Map<Integer, Set<String>> byLine = new HashMap<>();

    static Suppressions of(String text) {
        Suppressions s = new Suppressions();
        if (text == null) return s;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = COMMENT.matcher(lines[i]);
            while (m.find()) {
                Set<String> rules = new HashSet<>();
                for (String r : m.group(2).strip().split("[\\s,]+")) if (!r.isBlank()) rules.add(r.strip());
                if (rules.isEmpty()) rules.add(ALL);
                if (m.group(1) == null) s.wholeFile.addAll(rules);
                else s.byLine.computeIfAbsent(i + 2, k -> new HashSet<>()).addAll(rules);
            }
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
