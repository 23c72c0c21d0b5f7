package io.github.cmaltkit.check;

import io.github.cmaltkit.portfolio.Portfolio;
import java.util.List;

/** The findings of one check of one portfolio, sorted by the pathway's section order, then file and line. */
public record CheckResult(Portfolio portfolio, List<Finding> findings) {

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
