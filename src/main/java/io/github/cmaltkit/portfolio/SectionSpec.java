package io.github.cmaltkit.portfolio;

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
}
