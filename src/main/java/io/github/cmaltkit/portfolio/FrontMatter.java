package io.github.cmaltkit.portfolio;

import java.util.List;

/**
 * The YAML front matter of a Markdown file (between a first line {@code ---} and the next line
 * {@code ---} or {@code ...}) and the body after it.
 *
 * @param present  whether the file starts with a front-matter block
 * @param values   the front matter's keys and values
 * @param body     the Markdown after the front matter
 * @param bodyLine the 1-based line of the file on which {@code body} starts
 * @param closed   whether the front matter ends with its own {@code ---} line (when it does not, the
 *                 whole file was taken for front matter and the body is not known)
 */
public record FrontMatter(boolean present, YamlMap values, String body, int bodyLine, boolean closed) {

    /** Splits {@code text} (line endings already {@code \n}) into front matter and body. */
    public static FrontMatter split(String text, String file, List<Problem> problems) {
        if (!(text.startsWith("---\n") || text.equals("---") || text.startsWith("--- \n"))) {
            return new FrontMatter(false, YamlMap.empty(), text, 1, true);
        }
        int lineNo = 1;
        int pos = text.indexOf('\n') + 1;
        int yamlStart = pos;
        while (pos > 0 && pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            lineNo++;
            String t = line.stripTrailing();
            if (t.equals("---") || t.equals("...")) {
                String yaml = text.substring(yamlStart, pos);
                YamlMap values = YamlMap.parse(yaml, file, 2, problems);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatter(true, values, body, lineNo + 1, true);
            }
            if (end < 0) break;
            pos = end + 1;
        }
        problems.add(Problem.at(file, 1, 1, "the front matter starts with \"---\" on line 1 but never ends, so the whole file "
                + "was read as settings and its page shows none of your text: add a line with only \"---\" after the last setting "
                + "(such as \"section: core-1a\")"));
        return new FrontMatter(true, YamlMap.empty(), "", lineNo + 1, false);
    }
}
