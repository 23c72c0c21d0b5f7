package io.github.cmaltkit.check;

/** A 1-based line and column of a file of the portfolio. */
public record Position(int line, int column) {
}
