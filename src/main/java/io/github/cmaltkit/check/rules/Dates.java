package io.github.cmaltkit.check.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What counts as naming a date or period: a year from 1990 to 2099 (which covers "May 2024",
 * "2024-05-13", "2022/23", "2022-23" and "spring of 2022"), a month with a two-digit year ("Sept '22"),
 * a day/month/year date, an academic year written short ("AY 22/23", "23/24"), a season with a short
 * year ("Summer '23") or a capitalised month with a day ("March 3").
 */
final class Dates {

    static final Pattern YEAR = Pattern.compile("(?<![\\p{N}])(?:199\\d|20\\d\\d)(?![\\p{N}])");
    private static final List<Pattern> PATTERNS = List.of(
            YEAR,
            Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+['’]\\d{2}\\b"),
            Pattern.compile("\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b"),
            Pattern.compile("(?i)\\b(?:AY|academic year|session)\\s*\\d{2}[/-]\\d{2}\\b"),
            // a season or term with a short year: "Summer '23", "autumn term ’24"
            Pattern.compile("(?i)\\b(?:spring|summer|autumn|winter|fall|term)\\s+['’]\\d{2}\\b"),
            // a capitalised month and a day or short year: "Sept 22", "March 3"
            Pattern.compile("\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?!\\d)(?![:.]\\d)"));

    /** An academic year written short, two consecutive years: "23/24", "2023/24" has its full year already. */
    private static final Pattern SHORT_ACADEMIC_YEAR = Pattern.compile("(?<![\\p{N}/.])(\\d{2})/(\\d{2})(?![\\p{N}/.])");

    private Dates() {
    }

    static boolean mentionsDate(String text) {
        return PATTERNS.stream().anyMatch(p -> p.matcher(text).find()) || shortAcademicYear(text);
    }

    private static boolean shortAcademicYear(String text) {
        if (text.indexOf('/') < 0) return false;
        Matcher m = SHORT_ACADEMIC_YEAR.matcher(text);
        while (m.find()) if (Integer.parseInt(m.group(2)) == (Integer.parseInt(m.group(1)) + 1) % 100) return true;
        return false;
    }
}
