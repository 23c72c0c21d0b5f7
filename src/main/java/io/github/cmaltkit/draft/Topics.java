package io.github.cmaltkit.draft;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The law, policy or standard a core area 3 heading names, and its kind ({@code topic} and {@code kind}). */
final class Topics {

    record Topic(String name, String kind) {
    }

    private record Form(Pattern pattern, String kind) {
    }

    /** Capitalised words, with the small words and numbers official names have ("(No. 2)"), before the keyword. */
    private static final String NAME = "(?:[A-Z][\\p{L}'’()-]*,?\\s+)(?:[A-Z][\\p{L}'’()-]*\\s+|(?:and|of|for|on|in|with)\\s+|\\(No\\.\\s*\\d+\\)\\s+){0,10}";

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("\\b(?:UK\\s+|EU\\s+)?GDPR\\b"), "legislation"),
            new Form(Pattern.compile("\\bWCAG(?:\\s*\\d(?:\\.\\d)?)?"), "standard"),
            new Form(Pattern.compile("\\b" + NAME + "(?:Act|Regulations?|Directive|Order)(?:\\s+\\d{4})?\\b"), "legislation"),
            new Form(Pattern.compile("\\b" + NAME + "(?:Policy|Strategy)\\b"), "policy"),
            new Form(Pattern.compile("\\b" + NAME + "(?:Standards?|Guidelines|Code of Practice|Framework)\\b"), "standard"),
            new Form(Pattern.compile("\\bISO(?:/IEC)?\\s*\\d+(?::\\d{4})?"), "standard"));

    private static final Pattern KIND_WORD = Pattern.compile("(?i)\\b(legislation|law|policy|standard)\\b");

    private Topics() {
    }

    /** The topic named in {@code heading}, or null when it names none. */
    static Topic of(String heading) {
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(heading);
            if (m.find()) {
                String name = m.group().strip().replaceFirst("^(?i)the\\s+", "");
                return new Topic(name, f.kind());
            }
        }
        Matcher k = KIND_WORD.matcher(heading);
        if (k.find()) {
            String kind = k.group(1).toLowerCase(java.util.Locale.ROOT);
            return new Topic(null, kind.equals("law") ? "legislation" : kind);
        }
        return null;
    }
}
