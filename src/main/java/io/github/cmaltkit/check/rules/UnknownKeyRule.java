package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.Rule;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Problem;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.Settings;
import io.github.cmaltkit.portfolio.YamlMap;
import java.util.List;

/**
 * A key the kit does not read, in portfolio.yml (at the top, under {@code acronyms:} or {@code rules:})
 * or in a file's front matter: a misspelt setting would otherwise be ignored without a word.
 */
final class UnknownKeyRule extends BaseRule {

    UnknownKeyRule() {
        super("unknown-key", Severity.WARNING, "a setting in portfolio.yml or in front matter that the kit does not know, so it is ignored");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Settings settings = context.portfolio().settings();
        for (Problem p : settings.unknownKeys()) sink.report(p.file(), null, p.line(), p.column(), p.message());
        List<String> ids = Rules.all().stream().map(Rule::id).toList();
        for (YamlMap.Key k : settings.raw().keysUnder("rules")) {
            if (!ids.contains(k.name())) {
                sink.report(Settings.FILE, null, k.line(), k.column(), Settings.unknownKeyMessage(k.name(), "rule", ids));
            }
        }
        for (SectionFile f : context.portfolio().files()) {
            for (Problem p : f.unknownKeys()) sink.report(p.file(), f.sectionId(), p.line(), p.column(), p.message());
        }
    }
}
