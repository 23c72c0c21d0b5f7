package io.github.cmaltkit.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one algorithm that turns headings into {@code id}s, used by the site for anchors and by the
 * checker for {@code #fragment} links (documented in docs/heading-ids.md):
 * <ol>
 *   <li>take the heading's text (without Markdown markup) and lower-case it;</li>
 *   <li>keep letters, digits, spaces, hyphens and underscores, dropping everything else;</li>
 *   <li>turn each space into a hyphen;</li>
 *   <li>an empty result becomes {@code section};</li>
 *   <li>the second heading with the same id in a page gets {@code -1}, the third {@code -2}, and so on.</li>
 * </ol>
 * So {@code ## Reflection} is {@code #reflection} and {@code ## What I'd do differently?} is
 * {@code #what-id-do-differently}, as on GitHub.
 */
public final class HeadingIds {

    private final Map<String, Integer> used = new HashMap<>();

    /** The id of the next heading with {@code text} in the page. */
    public String next(String text) {
        String base = slug(text);
        Integer n = used.get(base);
        if (n == null) {
            used.put(base, 0);
            return base;
        }
        String id;
        do {
            n++;
            id = base + "-" + n;
        } while (used.containsKey(id));
        used.put(base, n);
        used.put(id, 0);
        return id;
    }

    /** Steps 1–4 of the algorithm, without de-duplication. */
    public static String slug(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') sb.appendCodePoint(c);
            else if (c == ' ') sb.append('-');
        });
        return sb.length() == 0 ? "section" : sb.toString();
    }
}
