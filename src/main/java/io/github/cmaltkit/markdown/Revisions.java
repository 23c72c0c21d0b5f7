package io.github.cmaltkit.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passages revised after a referral, marked in the Markdown by two comments, each on a line of its own:
 * <pre>
 * &lt;!-- revised: added the evaluation data the assessors asked for --&gt;
 * ...the revised paragraphs...
 * &lt;!-- /revised --&gt;
 * </pre>
 * On the site the passage is framed and labelled "Revised" in words (not by colour alone), and the
 * "Summary of revisions" page links to each one.
 */
public final class Revisions {

    /** One marked passage: its note, its anchor on the page and its line in the body (0-based). */
    public record Passage(String note, String anchor, int bodyLine) {
    }

    static final Pattern START = Pattern.compile("<!--\\s*revised\\s*(?::\\s*(.*?))?\\s*-->", Pattern.DOTALL);
    static final Pattern END = Pattern.compile("<!--\\s*/revised\\s*-->");

    private Revisions() {
    }

    /** The marked passages of a Markdown body, in order. */
    public static List<Passage> find(String body, String idPrefix) {
        List<Passage> out = new ArrayList<>();
        Matcher m = START.matcher(body);
        while (m.find()) {
            int line = (int) body.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            out.add(new Passage(m.group(1) == null ? "" : m.group(1).strip(), idPrefix + "revised-" + (out.size() + 1), line));
        }
        return out;
    }

    /** Turns the markers in rendered HTML into labelled frames; an unclosed frame ends with the page. */
    static String frame(String html, String idPrefix) {
        if (!html.contains("revised")) return html;
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile(START.pattern() + "|" + END.pattern(), Pattern.DOTALL).matcher(html);
        int open = 0;
        int n = 0;
        int last = 0;
        while (m.find()) {
            sb.append(html, last, m.start());
            if (END.matcher(m.group()).matches()) {
                if (open > 0) {
                    sb.append("</div>");
                    open--;
                }
            } else {
                n++;
                open++;
                Matcher s = START.matcher(m.group());
                String note = s.matches() && s.group(1) != null ? s.group(1).strip() : "";
                sb.append("<div class=\"revised\" id=\"").append(idPrefix).append("revised-").append(n).append("\">")
                        .append("<p class=\"revised-label\"><strong>Revised</strong>")
                        .append(note.isEmpty() ? "" : ": " + escape(note)).append("</p>");
            }
            last = m.end();
        }
        sb.append(html.substring(last));
        sb.append("</div>".repeat(open));
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
