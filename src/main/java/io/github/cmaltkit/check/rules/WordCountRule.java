package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.SectionSpec;

/**
 * A section outside the word range its pathway data gives ({@code words: {min, max}}, e.g. future plans
 * 200–500). Words are counted in the text a reader sees: paragraphs, headings, lists, tables and link
 * texts, with each code span as one word; markup, link targets, image alt texts and HTML are not counted.
 */
final class WordCountRule extends BaseRule {

    WordCountRule() {
        super("word-count", Severity.WARNING, "a section is outside the word range of its guidance (future plans 200–500 words)");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Page page : context.sections()) {
            SectionSpec spec = page.spec().orElse(null);
            if (spec == null || spec.minWords() <= 0 && spec.maxWords() <= 0) continue;
            // An empty section is reported once, by missing-part.
            if (page.blank()) continue;
            int words = page.words();
            String range = spec.minWords() + "–" + spec.maxWords() + " words";
            if (spec.minWords() > 0 && words < spec.minWords()) {
                sink.reportOnPage(page, "this section has " + words + " words; the guidance asks for " + range
                        + ": write " + (spec.minWords() - words) + " more");
            } else if (spec.maxWords() > 0 && words > spec.maxWords()) {
                sink.reportOnPage(page, "this section has " + words + " words; the guidance asks for " + range
                        + ": cut " + (words - spec.maxWords()) + " words");
            }
        }
    }

}
