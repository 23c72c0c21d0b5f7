package io.github.cmaltkit.check;

import io.github.cmaltkit.portfolio.Portfolio;
import java.util.List;

/** Checks a portfolio against every rule. */
public final class Checker {

    private Checker() {
    }

    /** Runs every rule on {@code portfolio}. (Skeleton: the rules land with the checker issue.) */
    public static CheckResult check(Portfolio portfolio, CheckOptions options) {
        return new CheckResult(portfolio, List.of());
    }
}
