package io.github.cmaltkit.draft;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A draft's list of abbreviations, read into portfolio.yml's {@code glossary} (the page is kept too). */
final class Glossary {

    private static final Pattern TITLE = Pattern.compile("(?i).*\\b(glossary|abbreviations|acronyms)\\b.*");
    /** "- **VLE**: virtual learning environment", "| VLE | virtual … |", "VLE – virtual …". */
    private static final Pattern ENTRY = Pattern.compile(
            "^\\s*(?:[-*+]\\s+|\\|\\s*)?\\**([A-Z][A-Za-z0-9]*[A-Z0-9]s?)\\**\\s*(?:[:–—|]|\\s-\\s)\\s*\\**(.+?)\\**\\s*\\|?\\s*$");

    private Glossary() {
    }

    static boolean isGlossaryTitle(String title) {
        return title != null && TITLE.matcher(title).matches();
    }

    /** Whether every line of a page's blocks is a glossary entry (or a table's header or rule). */
    static boolean onlyEntries(java.util.List<String> blocks) {
        int entries = 0;
        for (String block : blocks) {
            String[] lines = block.split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.matches("\\|?[\\s:|-]+\\|?")) continue;
                if (ENTRY.matcher(line).matches()) entries++;
                else if (!(line.startsWith("|") && i == 0)) return false;
            }
        }
        return entries > 0;
    }

    static Map<String, String> entries(String block) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : block.split("\n")) {
            Matcher m = ENTRY.matcher(line);
            if (!m.matches()) continue;
            String meaning = MarkdownText.plain(m.group(2)).strip();
            if (meaning.isEmpty() || meaning.matches("[-:| ]+")) continue;
            out.put(m.group(1), meaning);
        }
        return out;
    }
}
