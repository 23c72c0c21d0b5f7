package io.github.cmaltkit.check.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What counts as naming a date or period: a year from 1990 to 2099 (which covers "May 2024",
 * "2024-05-13", "2022/23", "2022-23" and "spring of 2022"), a month with a two-digit year ("Sept '22"),
 * a day/month/year date, or an academic year written short ("AY 22/23").
 */
final class Dates {

    static final Pattern YEAR = Pattern.compile("(?<![\\p{N}])(?:199\\d|20\\d\\d)(?![\\p{N}])");
    private static final List<Pattern> PATTERNS = List.of(
            YEAR,
            Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+['’]\\d{2}\\b"),
            Pattern.compile("\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b"),
            Pattern.compile("(?i)\\b(?:AY|academic year|session)\\s*\\d{2}[/-]\\d{2}\\b"));

    private Dates() {
    }

    static boolean mentionsDate(String text) {
        return PATTERNS.stream().anyMatch(p -> p.matcher(text).find());
    }
}
