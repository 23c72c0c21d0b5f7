package io.github.cmaltkit.draft;

import io.github.cmaltkit.markdown.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Writing the kit's Markdown from a draft's text: escaping, and inline runs with emphasis and links. */
final class MarkdownText {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|])");
    private static final Pattern ENTITY = Pattern.compile("&(?=[A-Za-z#][A-Za-z0-9]*;)");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern LINE_START = Pattern.compile("^(\\s*)([#>+=-]|\\d+[.)])(?=\\s|$)");

    private MarkdownText() {
    }

    /** Text as Markdown that reads back as the same text. */
    static String escape(String text, boolean atLineStart) {
        String s = SPECIAL.matcher(text).replaceAll("\\\\$1");
        if (s.indexOf('&') >= 0) s = ENTITY.matcher(s).replaceAll("\\\\&");
        if (atLineStart) s = LINE_START.matcher(s).replaceFirst("$1\\\\$2");
        return s;
    }

    /** The words of a Markdown snippet, without markup. */
    static String plain(String markdown) {
        return Markdown.plainText(Markdown.parse(markdown));
    }

    /** A link destination as Markdown writes it (angle brackets when it has spaces or parentheses). */
    static String destination(String url) {
        if (url.matches(".*[\\s()<>].*")) return "<" + url.replace("<", "%3C").replace(">", "%3E") + ">";
        return url;
    }

    /** Builds one paragraph's inline Markdown from runs of text with their bold, italic and link. */
    static final class Inline {
        private record Run(String text, boolean bold, boolean italic, String link, boolean raw) {
        }

        private final List<Run> runs = new ArrayList<>();

        void text(String text, boolean bold, boolean italic, String link) {
            if (!text.isEmpty()) runs.add(new Run(text, bold, italic, link, false));
        }

        /** Markdown written as it is (an image, a note reference, a line break). */
        void raw(String markdown, String link) {
            runs.add(new Run(markdown, false, false, link, true));
        }

        boolean isBlank() {
            for (Run r : runs) if (r.raw || !r.text.isBlank()) return false;
            return true;
        }

        String markdown() {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < runs.size()) {
                String link = runs.get(i).link;
                int j = i;
                while (j < runs.size() && java.util.Objects.equals(runs.get(j).link, link)) j++;
                String inner = emphasis(runs.subList(i, j), out.length() == 0);
                if (link == null) {
                    out.append(inner);
                } else {
                    String lead = inner.substring(0, inner.length() - inner.stripLeading().length());
                    String trail = inner.substring(inner.stripTrailing().length());
                    String label = inner.strip();
                    out.append(lead).append('[').append(label.isEmpty() ? escape(link, false) : label).append("](")
                            .append(destination(link)).append(')').append(trail);
                }
                i = j;
            }
            return SPACES.matcher(out).replaceAll(" ").strip();
        }

        private static String emphasis(List<Run> runs, boolean lineStart) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < runs.size()) {
                Run r = runs.get(i);
                if (r.raw) {
                    out.append(r.text);
                    i++;
                    continue;
                }
                int j = i;
                StringBuilder text = new StringBuilder();
                while (j < runs.size() && !runs.get(j).raw && runs.get(j).bold == r.bold && runs.get(j).italic == r.italic) {
                    text.append(runs.get(j).text);
                    j++;
                }
                String t = text.toString();
                String core = t.strip();
                String mark = (r.bold ? "**" : "") + (r.italic ? "*" : "");
                if (core.isEmpty() || mark.isEmpty()) {
                    out.append(escape(t, lineStart && out.length() == 0));
                } else {
                    String lead = t.substring(0, t.length() - t.stripLeading().length());
                    String trail = t.substring(t.stripTrailing().length());
                    out.append(lead).append(mark).append(escape(core, false)).append(new StringBuilder(mark).reverse()).append(trail);
                }
                i = j;
            }
            return out.toString();
        }
    }
}
