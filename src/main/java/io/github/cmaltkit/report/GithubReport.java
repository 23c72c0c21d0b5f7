package io.github.cmaltkit.report;

import io.github.cmaltkit.check.Finding;

/**
 * {@code --format github}: one GitHub Actions workflow command per finding
 * ({@code ::error file=…,line=…,col=…,title=…::message}), then the plain text report, because GitHub
 * shows only a few annotations per step and the log is where the rest is read.
 */
final class GithubReport {

    private GithubReport() {
    }

    /**
     * @param pathPrefix prepended to each finding's file so that it is relative to the repository
     *                   root (as annotations must be); "" when the portfolio is the repository
     */
    static String render(CheckReport report, String pathPrefix) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : report.findings()) sb.append(command(f, pathPrefix)).append('\n');
        sb.append('\n');
        sb.append(TextReport.render(report, Style.PLAIN));
        return sb.toString();
    }

    static String command(Finding f, String pathPrefix) {
        String level = switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        StringBuilder sb = new StringBuilder("::").append(level).append(' ');
        if (f.file() != null) {
            sb.append("file=").append(property(Paths.join(pathPrefix, f.file()))).append(',');
            if (f.line() != null) {
                sb.append("line=").append(f.line()).append(',');
                if (f.column() != null) sb.append("col=").append(f.column()).append(',');
            }
        }
        sb.append("title=").append(property(f.rule()));
        sb.append("::").append(data(TextReport.messageWithDoc(f)));
        return sb.toString();
    }

    /** GitHub's escaping of a command's message (actions/toolkit, escapeData). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping of a property value (actions/toolkit, escapeProperty): also ':' and ','. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
