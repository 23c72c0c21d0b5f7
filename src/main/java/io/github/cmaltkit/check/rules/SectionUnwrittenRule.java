package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import io.github.cmaltkit.portfolio.YamlMap;

/**
 * A section whose file holds only headings and HTML comments, such as every file {@code cmalt init}
 * creates: on the site it is "not written yet", like a missing section. Reported once, on the
 * {@code section:} line, instead of as three empty parts.
 */
final class SectionUnwrittenRule extends BaseRule {

    SectionUnwrittenRule() {
        super("section-unwritten", Severity.ERROR, "a section's file holds only headings and the writing prompts: it is not written yet");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (SectionFile f : context.portfolio().sections()) {
            if (f.written()) continue;
            SectionSpec spec = context.portfolio().pathway().spec(f.sectionId()).orElse(null);
            String what = spec == null || spec.assessed()
                    ? "write under its headings what you did, your evidence and your reflection"
                    : "write it before you submit: the pathway requires it, although it is not assessed";
            String then = spec != null && !spec.required() ? " (or delete the file if you do not need this section)" : "";
            YamlMap.Entry at = f.entry("section").orElse(null);
            sink.report(f.path(), f.sectionId(), at == null ? 1 : at.valueLine(), at == null ? 1 : at.valueColumn(),
                    f.sectionId() + " is not written yet: the file holds only headings and comments (such as the prompts cmalt init writes); "
                            + what + then);
        }
    }
}
