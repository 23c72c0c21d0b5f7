package io.github.cmaltkit.portfolio;

/**
 * Something wrong with a portfolio's input, located in its source.
 *
 * @param file   path relative to the portfolio folder with {@code /} separators, or null for the whole portfolio
 * @param line   1-based line, or null
 * @param column 1-based column, or null
 * @param message what is wrong and how to fix it, in plain words
 */
public record Problem(String file, Integer line, Integer column, String message) {

    public static Problem at(String file, int line, int column, String message) {
        return new Problem(file, line, column, message);
    }

    public static Problem inFile(String file, String message) {
        return new Problem(file, null, null, message);
    }

    /** {@code file:line:col: message}, the form editors and terminals turn into links. */
    public String located() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line != null) {
                sb.append(':').append(line);
                if (column != null) sb.append(':').append(column);
            }
            sb.append(": ");
        }
        return sb.append(message).toString();
    }
}
