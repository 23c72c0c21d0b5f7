package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Problem;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.Settings;

/** What reading a file's front matter found wrong, and section ids used by two files. */
final class FrontMatterRule extends BaseRule {

    FrontMatterRule() {
        super("front-matter", Severity.ERROR,
                "front matter missing or not YAML, an unknown section id, a section id used twice, or a value of the wrong kind");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (SectionFile f : context.portfolio().files()) {
            for (Problem p : f.problems()) sink.report(p.file() == null ? f.path() : p.file(), f.sectionId(), p.line(), p.column(), p.message());
        }
        for (Problem p : context.portfolio().problems()) {
            if (p.file() != null && !p.file().equals(Settings.FILE)) {
                String section = context.portfolio().file(p.file()).map(SectionFile::sectionId).orElse(null);
                sink.report(p.file(), section, p.line(), p.column(), p.message());
            }
        }
    }
}
