package io.github.cmaltkit.site;

import java.util.List;
import java.util.Locale;

/**
 * Small bar charts as inline SVG: no script, no outside file. Each chart names itself with a
 * {@code <title>} and {@code <desc>}, and the page shows the same numbers in a table beside it.
 */
final class Charts {

    record Bar(String label, int value) {
    }

    private Charts() {
    }

    static String horizontalBars(String id, String title, String description, List<Bar> bars, String unit) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        int labelWidth = 150;
        int barMax = 330;
        int row = 26;
        int height = bars.size() * row + 10;
        int width = labelWidth + barMax + 110;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s-title %s-desc\">",
                width, height, id, id));
        sb.append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>");
        sb.append("<desc id=\"").append(id).append("-desc\">").append(esc(description)).append("</desc>");
        int y = 5;
        for (Bar b : bars) {
            int w = (int) Math.round((double) b.value() * barMax / max);
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"13\" fill=\"#1b1b1b\">%s</text>",
                    labelWidth - 8, y + 17, esc(shorten(b.label(), 34))));
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" fill=\"#0a4d8c\"/>", labelWidth, y + 4, Math.max(w, 1)));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"13\" fill=\"#1b1b1b\">%d%s</text>",
                    labelWidth + Math.max(w, 1) + 6, y + 17, b.value(), unit.isEmpty() ? "" : " " + esc(unit)));
            y += row;
        }
        sb.append("</svg>");
        return sb.toString();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "\u2026";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
