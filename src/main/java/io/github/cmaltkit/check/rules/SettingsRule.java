package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Problem;
import io.github.cmaltkit.portfolio.Settings;
import io.github.cmaltkit.portfolio.YamlMap;

/**
 * portfolio.yml itself: missing, not YAML, a wrong value, an unknown rule id under {@code rules:}; and
 * a portfolio folder without content/. (An extension of the contract's list: these are not front matter.)
 */
final class SettingsRule extends BaseRule {

    SettingsRule() {
        super("settings", Severity.ERROR, "portfolio.yml is missing or has a wrong value, or there is no content/ folder");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Problem p : context.portfolio().problems()) {
            if (p.file() == null) sink.reportPortfolio(p.message());
            else if (p.file().equals(Settings.FILE)) sink.report(p.file(), null, p.line(), p.column(), p.message());
        }
        var severities = context.portfolio().settings().severities();
        YamlMap.Entry rules = context.portfolio().settings().raw().get("rules").orElse(null);
        for (String id : severities.keySet()) {
            if (Rules.byId(id).isEmpty() && rules != null) {
                sink.report(Settings.FILE, null, rules.valueLine(), rules.valueColumn(), "there is no rule \"" + id
                        + "\" to set under rules:; the rule ids are " + String.join(", ", Rules.all().stream().map(r -> r.id()).toList()));
            }
        }
    }
}
