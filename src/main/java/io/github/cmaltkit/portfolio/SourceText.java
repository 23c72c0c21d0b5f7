package io.github.cmaltkit.portfolio;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A text file decoded strictly as UTF-8, with a byte-order mark removed and every line ending turned
 * into {@code \n}, so that lines and columns mean the same on every platform.
 *
 * @param text    the decoded text, or null when the file is not UTF-8 text
 * @param problem why the file could not be read as text (no file or line set), or null
 */
public record SourceText(String text, String problem, Integer problemLine) {

    public static SourceText decode(byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            return new SourceText(null, "the file is saved as UTF-16, not UTF-8. Save it again as \"UTF-8\" "
                    + "(in most editors: Save As, then choose the encoding UTF-8)", 1);
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new SourceText(null, "this looks like a binary file (it contains a zero byte), not Markdown text. "
                        + "Keep evidence files under assets/ and link to them", lineAt(bytes, start, i));
            }
        }
        // The quick decoder replaces what is not UTF-8 with U+FFFD: only a text that holds one (a mistake,
        // or rarely the character itself) is decoded again strictly, to tell the two apart.
        String quick = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (quick.indexOf('\uFFFD') < 0) return new SourceText(unixLines(quick), null, null);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return new SourceText(unixLines(text), null, null);
        } catch (CharacterCodingException e) {
            int bad = firstMalformed(bytes, start);
            int line = lineAt(bytes, start, bad);
            return new SourceText(null, String.format("the text is not valid UTF-8: byte 0x%02X at line %d is not UTF-8%s. "
                    + "Save the file again as \"UTF-8\"", bytes[bad] & 0xff, line,
                    looksLikeWindows1252(bytes[bad]) ? " (the file was probably saved as Windows-1252 or Latin-1, e.g. by Word)" : ""),
                    line);
        }
    }

    private static String unixLines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean looksLikeWindows1252(byte b) {
        int v = b & 0xff;
        return v >= 0x80;
    }

    private static int lineAt(byte[] bytes, int start, int offset) {
        int line = 1;
        for (int i = start; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    /** The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
    private static int firstMalformed(byte[] b, int start) {
        int i = start;
        while (i < b.length) {
            int v = b[i] & 0xff;
            int len = v < 0x80 ? 1 : v >= 0xC2 && v <= 0xDF ? 2 : v >= 0xE0 && v <= 0xEF ? 3 : v >= 0xF0 && v <= 0xF4 ? 4 : 0;
            if (len == 0 || i + len > b.length) return i;
            for (int k = 1; k < len; k++) if ((b[i + k] & 0xC0) != 0x80) return i;
            // Overlong forms and UTF-16 surrogates are well-shaped but not UTF-8: the second byte tells.
            int second = b[i + 1 < b.length ? i + 1 : i] & 0xff;
            if (v == 0xE0 && second < 0xA0 || v == 0xED && second > 0x9F || v == 0xF0 && second < 0x90 || v == 0xF4 && second > 0x8F) return i;
            i += len;
        }
        return Math.min(b.length - 1, Math.max(start, 0));
    }
}
