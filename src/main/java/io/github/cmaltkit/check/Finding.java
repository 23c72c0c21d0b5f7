package io.github.cmaltkit.check;

/**
 * One thing the checker reports, located in the candidate's Markdown source.
 *
 * @param rule     the stable rule id, e.g. {@code acronym}
 * @param severity error, warning or info
 * @param file     path relative to the portfolio folder with {@code /}, or null for the whole portfolio
 * @param line     1-based line in {@code file}, or null
 * @param column   1-based column in {@code file}, or null
 * @param section  the section id of {@code file}, or null
 * @param message  what is wrong and how to fix it
 */
public record Finding(String rule, Severity severity, String file, Integer line, Integer column, String section,
                      String message) {
}
