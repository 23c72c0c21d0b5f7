package io.github.cmaltkit.report;

/** Renders a {@link CheckReport} in one of the {@link Format}s. */
public final class Reports {

    private Reports() {
    }

    /**
     * The whole output, ready to print (built in memory first, so a failure never leaves half a JSON
     * document on standard output).
     *
     * @param colour     ANSI colours in the text report (only for a terminal)
     * @param pathPrefix for github and sarif: the portfolio folder relative to the repository root
     */
    /** The text report's short form for the build's output (see {@link TextReport#summary}). */
    public static String summary(CheckReport report, boolean colour, int limit) {
        return TextReport.summary(report, Style.of(colour), limit);
    }

    public static String render(Format format, CheckReport report, boolean colour, String pathPrefix) {
        return switch (format) {
            case TEXT -> TextReport.render(report, Style.of(colour));
            case JSON -> JsonReport.render(report);
            case GITHUB -> GithubReport.render(report, pathPrefix);
            case SARIF -> SarifReport.render(report, pathPrefix);
        };
    }
}
