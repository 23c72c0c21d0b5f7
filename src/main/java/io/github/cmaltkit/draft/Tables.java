package io.github.cmaltkit.draft;

import java.util.List;

/** A GFM table from rows of cell Markdown; the first row is the header. */
final class Tables {

    private Tables() {
    }

    static String gfm(List<List<String>> rows) {
        if (rows.isEmpty()) return "";
        int width = 0;
        for (List<String> r : rows) width = Math.max(width, r.size());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            b.append('|');
            for (int c = 0; c < width; c++) {
                String cell = c < rows.get(i).size() ? rows.get(i).get(c).replace("\n", " ").strip() : "";
                b.append(' ').append(cell).append(" |");
            }
            b.append('\n');
            if (i == 0) b.append("|").append(" --- |".repeat(width)).append('\n');
        }
        return b.toString().stripTrailing();
    }
}
