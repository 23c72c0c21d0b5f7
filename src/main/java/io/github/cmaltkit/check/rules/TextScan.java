package io.github.cmaltkit.check.rules;

/** Quick looks at prose that tell a slow pattern it need not run: each is true wherever the pattern could match. */
final class TextScan {

    private TextScan() {
    }

    /**
     * Whether {@code text} holds {@code needle} in any letter case, as a pattern's {@code (?i)} reads it.
     * The needle ends in a character that is no letter ("www.", "doi:"): only the places of that
     * character are looked at.
     */
    static boolean holdsAnyCase(String text, String needle) {
        int last = needle.length() - 1;
        for (int i = text.indexOf(needle.charAt(last), last); i >= 0; i = text.indexOf(needle.charAt(last), i + 1)) {
            if (text.regionMatches(true, i - last, needle, 0, last)) return true;
        }
        return false;
    }
}
