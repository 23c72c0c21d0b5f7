package io.github.cmaltkit.site.kit;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * Small bar charts as inline SVG: no script, no outside file. Each chart names itself with a
 * {@code <title>} and {@code <desc>}, and the page shows the same numbers in a table beside it.
 */
final class Charts {

    record Bar(String label, int value) {
    }

    private Charts() {
    }

    /**
     * Each bar under its own label, in a drawing about as wide as a phone: the labels keep a readable
     * size (at least 12 px on a 375 px screen) instead of shrinking with a wide chart.
     */
    static String horizontalBars(String id, String title, String description, List<Bar> bars, String unit) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        int width = 340;
        int barMax = 250;
        int row = 44;
        int height = bars.size() * row + 4;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s-title %s-desc\">",
                width, height, id, id));
        sb.append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>");
        sb.append("<desc id=\"").append(id).append("-desc\">").append(esc(description)).append("</desc>");
        int y = 0;
        for (Bar b : bars) {
            int w = Math.max(1, (int) Math.round((double) b.value() * barMax / max));
            sb.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"14\" fill=\"#1b1b1b\">%s</text>",
                    y + 15, esc(shorten(b.label(), 42))));
            sb.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"#0a4d8c\"/>", y + 21, w));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"14\" fill=\"#1b1b1b\">%d%s</text>",
                    w + 6, y + 34, b.value(), unit.isEmpty() ? "" : " " + esc(unit)));
            y += row;
        }
        sb.append("</svg>");
        return sb.toString();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "\u2026";
    }

    static String esc(String s) {
        return Entities.escape(s);
    }
}
