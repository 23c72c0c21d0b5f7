package io.github.cmaltkit.portfolio;

import java.util.Locale;

/**
 * One section a pathway names: its contract id, official title, and what is asked of it.
 *
 * @param id       contract id, e.g. {@code core-1a}
 * @param title    the official title (a name from ALT's documents)
 * @param group    the title of the group it belongs to, e.g. "Core area 1: Operational issues"
 * @param assessed whether assessors grade it (and so it needs Description, Evidence, Reflection)
 * @param required whether the pathway requires it (optional extra topics/options are not)
 * @param minWords lower word limit from guidance, or 0
 * @param maxWords upper word limit from guidance, or 0
 */
public record SectionSpec(String id, String title, String group, boolean assessed, boolean required,
                          int minWords, int maxWords) {

    /** Which section this is, in full: "Core area 1: Operational issues: An understanding of …". */
    public String label() {
        return label(null);
    }

    /**
     * Which section this is, above a page whose heading is {@code heading}, saying nothing twice: the
     * title is left out when it is the heading or the end of the group's title, and words a title
     * shares with its group are said once ("Core area 3: The wider context" and "Wider context:
     * legislation" make "Core area 3: The wider context: legislation").
     */
    public String label(String heading) {
        if (title.equals(heading) || group.endsWith(title)) return group;
        int colon = title.indexOf(": ");
        if (colon > 0 && group.toLowerCase(Locale.ROOT).endsWith(title.substring(0, colon).toLowerCase(Locale.ROOT))) {
            return group + ": " + title.substring(colon + 2);
        }
        return group + ": " + title;
    }
}
