package io.github.cmaltkit.draft;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a file holds, judged by its first bytes rather than its name (a renamed file is refused early). */
enum Sniff {
    ZIP("a zip archive"), OLE2("an old binary Office file"), ENCRYPTED("a password-protected Office file"),
    PDF("a PDF"), RTF("an RTF document"), HTML("a web page"), TEXT("plain text"), BINARY("binary data"), EMPTY("nothing");

    final String what;

    Sniff(String what) {
        this.what = what;
    }

    static Sniff of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        if (head.length == 0) return EMPTY;
        if (starts(head, 0x50, 0x4B, 0x03, 0x04)) return ZIP;
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            // Word saves an encrypted .docx inside an OLE2 container, with a stream of this name.
            return contains(head, "EncryptionInfo") || containsWhole(file, "EncryptedPackage") ? ENCRYPTED : OLE2;
        }
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("%PDF")) return PDF;
        if (start.startsWith("{\\rtf")) return RTF;
        for (byte b : head) if (b == 0) return BINARY;
        String lower = start.stripLeading().toLowerCase(java.util.Locale.ROOT).replace("\uFEFF", "");
        if (lower.startsWith("ï»¿")) lower = lower.substring(3);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.matches("(?s)^(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(html|head|body)[\\s>].*")) {
            return HTML;
        }
        return TEXT;
    }

    private static boolean starts(byte[] b, int... sig) {
        if (b.length < sig.length) return false;
        for (int i = 0; i < sig.length; i++) if ((b[i] & 0xFF) != sig[i]) return false;
        return true;
    }

    private static boolean contains(byte[] b, String ascii) {
        // OLE2 directory names are UTF-16LE
        byte[] needle = ascii.getBytes(StandardCharsets.UTF_16LE);
        outer:
        for (int i = 0; i + needle.length <= b.length; i++) {
            for (int j = 0; j < needle.length; j++) if (b[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }

    private static boolean containsWhole(Path file, String ascii) throws IOException {
        if (Files.size(file) > 64L * 1024 * 1024) return false;
        return contains(Files.readAllBytes(file), ascii);
    }
}
