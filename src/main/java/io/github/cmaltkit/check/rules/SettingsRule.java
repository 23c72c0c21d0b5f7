package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Problem;
import io.github.cmaltkit.portfolio.Settings;

/**
 * portfolio.yml itself: missing, not YAML, a wrong value; and a portfolio folder without content/. (An
 * unknown rule id under {@code rules:} is an {@code unknown-key}.) (An extension of the contract's list: these are not front matter.)
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
    }
}
