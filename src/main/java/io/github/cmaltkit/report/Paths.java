package io.github.cmaltkit.report;

import io.github.cmaltkit.portfolio.PortfolioPath;

/** Joining the repository-relative prefix of a portfolio with a finding's portfolio-relative path. */
final class Paths {

    private Paths() {
    }

    /**
     * Cleans a prefix as typed: {@code \} to {@code /}, no leading {@code ./}, no trailing {@code /},
     * and {@code .} (the current folder) to nothing.
     */
    static String cleanPrefix(String prefix) {
        if (prefix == null) return "";
        String p = PortfolioPath.slashed(prefix);
        while (p.startsWith("./")) p = p.substring(2);
        while (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p.equals(".") ? "" : p;
    }

    static String join(String prefix, String file) {
        String p = cleanPrefix(prefix);
        if (p.isEmpty()) return file;
        return p.endsWith("/") ? p + file : p + "/" + file;
    }
}
