package io.github.cmaltkit.preview;

import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.check.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * What the preview adds to a page, and only in the preview: the checker's findings for that page in
 * a labelled region (the whole portfolio's on the home page), and a few lines of script that reload
 * the page after the next update. Everything added lies between {@link #BEGIN} and {@link #END}, just
 * before {@code </body>}; the rest of the page is the bake's, byte for byte.
 */
final class PreviewPanel {

    static final String BEGIN = "<!-- cmalt-preview: added by the preview only, never in the baked site -->";
    static final String END = "<!-- /cmalt-preview -->";
    /** Around the note the preview puts at the top of a page whose front matter is broken. */
    static final String FIRST_BEGIN = "<!-- cmalt-preview-first: added by the preview only -->";
    static final String FIRST_END = "<!-- /cmalt-preview-first -->";
    static final String FRONT_MATTER = "front-matter";

    // Dark text on white with a heavy border: well above 4.5:1, and severity is a word, never a colour alone.
    private static final String BOX = "margin:2rem auto;padding:1rem 1.25rem;max-width:60rem;border:3px solid #1a1a1a;"
            + "background:#ffffff;color:#1a1a1a;font:1rem/1.5 system-ui,sans-serif";

    private PreviewPanel() {
    }

    /** The page as served: the bake's bytes with the panel and script added, or a page naming the problem. */
    static byte[] inject(Preview.PageView page, String uri, Preview preview) {
        String panel = panel(uri, page.rendered().problem(), page.rendered().sourceFile(), preview) + script(page.generation());
        if (page.rendered().html() == null) return problemPage(panel);
        String html = new String(page.rendered().html(), StandardCharsets.UTF_8);
        int at = html.lastIndexOf("</body>");
        String out = at < 0 ? html + panel : html.substring(0, at) + panel + html.substring(at);
        return first(out, page.rendered().sourceFile(), preview.findings().all()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A page whose file's front matter is broken may show little or nothing of the file: the finding
     * that says why goes first in its main content, where the eye starts, with the page's other
     * findings folded under it (they may follow from it; they are read after it is fixed).
     */
    static String first(String html, String sourceFile, List<Finding> all) {
        if (sourceFile == null) return html;
        List<Finding> cause = new ArrayList<>();
        List<Finding> others = new ArrayList<>();
        for (Finding f : all) {
            if (!sourceFile.equals(f.file())) continue;
            (f.rule().equals(FRONT_MATTER) ? cause : others).add(f);
        }
        int main = html.indexOf("<main");
        int at = main < 0 ? -1 : html.indexOf('>', main) + 1;
        if (cause.isEmpty() || at <= 0) return html;
        StringBuilder b = new StringBuilder(FIRST_BEGIN).append('\n');
        b.append("<div id=\"cmalt-preview-first\" style=\"").append(BOX).append(";margin-top:0\">\n");
        b.append("<p style=\"margin-top:0\"><strong>The front matter of this file is broken, so this page may show little or none of it")
                .append(" (preview only):</strong></p>\n<ul>\n");
        for (Finding f : cause) b.append(item(f));
        b.append("</ul>\n");
        if (!others.isEmpty()) {
            b.append("<details>\n<summary>").append(count(others.size()).replace("finding", "more finding"))
                    .append(" on this page, which may follow from it: fix the front matter first</summary>\n<ol>\n");
            for (Finding f : others) b.append(item(f));
            b.append("</ol>\n</details>\n");
        }
        b.append("</div>\n").append(FIRST_END);
        return html.substring(0, at) + b + html.substring(at);
    }

    /** A page the site does not have (any more): says so, and reloads when the portfolio changes. */
    static byte[] notFound(String path, Preview preview) {
        String body = "<main><h1>No such page</h1><p>The site has no page <code>" + esc(path) + "</code> (any more). "
                + "It comes back if you create or restore its file. <a href=\"/index.html\">Go to the home page</a>.</p></main>";
        return page("Not found", body + BEGIN + script(preview.generation()));
    }

    private static byte[] problemPage(String panel) {
        return page("Preview: page not rendered", "<main><h1>This page could not be rendered</h1>"
                + "<p>The preview shows it again as soon as the problem below is fixed and saved.</p></main>" + panel);
    }

    private static byte[] page(String title, String body) {
        return ("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(title)
                + "</title>\n</head>\n<body style=\"font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:1rem\">\n"
                + body + "\n</body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
    }

    static String panel(String uri, String problem, String sourceFile, Preview preview) {
        Preview.Findings findings = preview.findings();
        boolean home = uri.equals("index.html");
        Set<String> pageSources = preview.sources();
        List<Finding> mine = new ArrayList<>();
        for (Finding f : findings.all()) {
            boolean wholePortfolio = f.file() == null || !pageSources.contains(f.file());
            if (home ? wholePortfolio : f.file() != null && f.file().equals(sourceFile)) mine.add(f);
        }
        StringBuilder b = new StringBuilder(BEGIN).append('\n');
        b.append("<aside id=\"cmalt-preview\" aria-labelledby=\"cmalt-preview-title\" style=\"").append(BOX).append("\">\n");
        String where = home ? "the whole portfolio" : "this page";
        b.append("<h2 id=\"cmalt-preview-title\" style=\"margin-top:0;font-size:1.25rem\">Checker (preview only): ")
                .append(count(mine.size())).append(" for ").append(where).append("</h2>\n");
        if (problem != null) {
            b.append("<p><strong>Problem:</strong> ").append(esc(problem)).append("</p>\n");
        }
        if (findings.problem() != null) {
            b.append("<p><strong>The checker could not read the portfolio:</strong> ").append(esc(findings.problem())).append("</p>\n");
        }
        if (mine.isEmpty()) {
            b.append("<p>Nothing to report").append(home ? " for the portfolio as a whole" : " on this page").append(".</p>\n");
        } else {
            b.append("<ol>\n");
            for (Finding f : mine) b.append(item(f));
            b.append("</ol>\n");
        }
        if (home) {
            int elsewhere = findings.all().size() - mine.size();
            if (elsewhere > 0) b.append("<p>").append(count(elsewhere)).append(" more on the pages they concern.</p>\n");
        }
        b.append("<p style=\"margin-bottom:0\">This box and the automatic reload are added by the preview; the published site has neither.</p>\n");
        b.append("</aside>\n");
        return b.toString();
    }

    /** One finding as a list item: severity in words, where, what, which rule. */
    private static String item(Finding f) {
        StringBuilder b = new StringBuilder("<li><strong>").append(label(f.severity())).append("</strong> ");
        if (f.file() != null) {
            b.append("in <code>").append(esc(f.file())).append("</code>");
            if (f.line() != null) b.append(", line ").append(f.line());
            b.append(": ");
        }
        return b.append(esc(f.message())).append(" <span>(rule <code>").append(esc(f.rule())).append("</code>)</span></li>\n").toString();
    }

    /** Reloads the page once the preview has taken in a change; quiet while nothing changes. */
    static String script(long generation) {
        return "<script>(function(){var g=" + generation + ";function w(){fetch('" + PreviewServer.WAIT + "?since='+g,{cache:'no-store'})"
                + ".then(function(r){return r.text();}).then(function(t){if(parseInt(t,10)>g){location.reload();}else{w();}},"
                + "function(){setTimeout(w,1000);});}w();})();</script>\n" + END;
    }

    private static String count(int n) {
        return n == 0 ? "no findings" : n == 1 ? "1 finding" : n + " findings";
    }

    private static String label(Severity s) {
        return switch (s) {
            case ERROR -> "Error";
            case WARNING -> "Warning";
            case INFO -> "Note";
        };
    }

    private static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }
}
