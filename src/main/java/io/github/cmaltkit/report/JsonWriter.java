package io.github.cmaltkit.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A tiny streaming JSON writer: keys come out in the order they are written (other people's scripts
 * rely on the contract's key order), and every string is escaped, non-ASCII included, so the output
 * is valid whatever encoding the terminal or CI log uses. Two-space indentation.
 */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    /** One entry per open container: whether it already has an element (so the next needs a comma). */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    JsonWriter beginObject() {
        element();
        out.append('{');
        open.push(new boolean[] {false});
        return this;
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        element();
        out.append('[');
        open.push(new boolean[] {false});
        return this;
    }

    JsonWriter endArray() {
        return close(']');
    }

    JsonWriter name(String name) {
        element();
        quote(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String s) {
        element();
        if (s == null) out.append("null");
        else quote(s);
        return this;
    }

    JsonWriter value(Integer n) {
        element();
        out.append(n == null ? "null" : n.toString());
        return this;
    }

    JsonWriter value(boolean b) {
        element();
        out.append(b);
        return this;
    }

    /** Shorthand for {@code name(name).value(value)}. */
    JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    JsonWriter field(String name, Integer value) {
        return name(name).value(value);
    }

    JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    /** The document, ending with a newline. */
    String finish() {
        if (!open.isEmpty()) throw new IllegalStateException("unclosed JSON container");
        return out + "\n";
    }

    private JsonWriter close(char c) {
        boolean[] state = open.pop();
        if (state[0]) newline();
        out.append(c);
        return this;
    }

    /** Separator and indentation before a value or a name; nothing between a name and its value. */
    private void element() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (open.isEmpty()) return;
        boolean[] state = open.peek();
        if (state[0]) out.append(',');
        state[0] = true;
        newline();
    }

    private void newline() {
        out.append('\n');
        out.append("  ".repeat(open.size()));
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        // \\u and four lower-case hex digits, as "\\u%04x" formats it (without a Formatter per character).
                        out.append("\\u");
                        for (int shift = 12; shift >= 0; shift -= 4) out.append(HEX[(c >> shift) & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
