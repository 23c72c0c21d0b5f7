package io.github.cmaltkit.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding a candidate's file: UTF-8 only, with the line of the first problem. */
class SourceTextTest {

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return b;
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void plainUtf8IsReadWithEveryLineEndingMadeANewline() {
        SourceText t = SourceText.decode(utf8("a\r\nb\rc\nd é"));
        assertThat(t.text()).isEqualTo("a\nb\nc\nd é");
        assertThat(t.problem()).isNull();
        assertThat(t.problemLine()).isNull();
    }

    @Test
    void theByteOrderMarkIsDroppedAndOnlyAWholeOne() {
        assertThat(SourceText.decode(concat(bytes(0xEF, 0xBB, 0xBF), utf8("text"))).text()).isEqualTo("text");
        // Two of its three bytes are not a byte-order mark: that is not UTF-8 at all.
        SourceText half = SourceText.decode(concat(bytes(0xEF, 0xBB), utf8("x")));
        assertThat(half.text()).isNull();
        assertThat(half.problemLine()).isEqualTo(1);
        assertThat(SourceText.decode(bytes(0xEF, 0xBB, 0xBF)).text()).isEmpty();
        assertThat(SourceText.decode(new byte[0]).text()).isEmpty();
    }

    @Test
    void utf16InEitherByteOrderIsRecognised() {
        for (byte[] bom : List.of(bytes(0xFF, 0xFE), bytes(0xFE, 0xFF))) {
            SourceText t = SourceText.decode(concat(bom, bytes('a', 0, '\n', 0)));
            assertThat(t.text()).isNull();
            assertThat(t.problem()).startsWith("the file is saved as UTF-16, not UTF-8");
            assertThat(t.problemLine()).isEqualTo(1);
        }
        assertThat(SourceText.decode(bytes(0xFF)).problem()).doesNotContain("UTF-16");
        assertThat(SourceText.decode(bytes(0xFE, 0x41)).problem()).doesNotContain("UTF-16");
    }

    @Test
    void aZeroByteMeansBinaryAndSaysOnWhichLine() {
        SourceText t = SourceText.decode(concat(utf8("one\ntwo\nthr"), bytes(0), utf8("ee")));
        assertThat(t.text()).isNull();
        assertThat(t.problem()).startsWith("this looks like a binary file (it contains a zero byte)");
        assertThat(t.problemLine()).isEqualTo(3);
        assertThat(SourceText.decode(concat(bytes(0xEF, 0xBB, 0xBF, 0))).problemLine()).isEqualTo(1);
    }

    @Test
    void badUtf8NamesTheByteAndItsLine() {
        SourceText t = SourceText.decode(concat(utf8("fine\nstill fine é\ncaf"), bytes(0xE9), utf8("\n")));
        assertThat(t.text()).isNull();
        assertThat(t.problem()).isEqualTo("the text is not valid UTF-8: byte 0xE9 at line 3 is not UTF-8 (the file was probably "
                + "saved as Windows-1252 or Latin-1, e.g. by Word). Save the file again as \"UTF-8\"");
        assertThat(t.problemLine()).isEqualTo(3);
    }

    @Test
    void eachKindOfBrokenSequenceIsLocated() {
        // A continuation byte on its own, an overlong lead, a truncated three-byte and four-byte sequence,
        // a lead followed by a non-continuation byte, and a lead beyond Unicode.
        List<byte[]> cases = List.of(bytes(0x80), bytes(0xC0, 0x80), bytes(0xE2, 0x82), bytes(0xF0, 0x9F, 0x98),
                bytes(0xC3, 0x41), bytes(0xE2, 0x41, 0x82), bytes(0xF5, 0x80, 0x80, 0x80));
        List<String> found = new ArrayList<>();
        for (byte[] bad : cases) {
            SourceText t = SourceText.decode(concat(utf8("ok é €\n"), bad, utf8(" end")));
            assertThat(t.text()).isNull();
            assertThat(t.problemLine()).isEqualTo(2);
            found.add(t.problem().substring(0, t.problem().indexOf(" at line")));
        }
        assertThat(found).containsExactly("the text is not valid UTF-8: byte 0x80", "the text is not valid UTF-8: byte 0xC0",
                "the text is not valid UTF-8: byte 0xE2", "the text is not valid UTF-8: byte 0xF0", "the text is not valid UTF-8: byte 0xC3",
                "the text is not valid UTF-8: byte 0xE2", "the text is not valid UTF-8: byte 0xF5");
    }

    @Test
    void wellShapedSequencesThatAreNotUtf8NameTheirFirstByte() {
        // A UTF-16 surrogate (CESU-8), overlong three- and four-byte forms, and a code point above U+10FFFF.
        for (byte[] bad : List.of(bytes(0xED, 0xA0, 0x80), bytes(0xE0, 0x80, 0x80), bytes(0xF0, 0x80, 0x80, 0x80), bytes(0xF4, 0x90, 0x80, 0x80))) {
            SourceText t = SourceText.decode(concat(utf8("ok\n"), bad, utf8(" end")));
            assertThat(t.problem()).startsWith(String.format("the text is not valid UTF-8: byte 0x%02X at line 2 ", bad[0] & 0xff));
        }
    }

    @Test
    void theFirstBadByteIsFoundAfterCharactersAtEveryBoundaryOfUtf8() {
        // U+007F, U+0080, U+07FF, U+0800, U+D7FF and U+E000 (around the surrogates), U+FFFD, U+10000, U+10FFFF.
        String edges = "\u007f \u0080 \u07ff \u0800 \ud7ff \ue000 \ufffd \ud800\udc00 \udbff\udfff é ";
        SourceText t = SourceText.decode(concat(utf8(edges), bytes(0xFF), utf8(" after")));
        assertThat(t.problem()).startsWith("the text is not valid UTF-8: byte 0xFF at line 1 ");
        SourceText truncated = SourceText.decode(concat(utf8(edges), bytes(0xE2, 0x82)));
        assertThat(truncated.problem()).startsWith("the text is not valid UTF-8: byte 0xE2 at line 1 ");
    }

    @Test
    void aFileOfOnlyAUtf16MarkIsUtf16() {
        assertThat(SourceText.decode(bytes(0xFF, 0xFE)).problem()).startsWith("the file is saved as UTF-16");
    }

    @Test
    void validMultiByteTextOfEveryLengthDecodes() {
        String s = "é € 😀 ok";
        assertThat(SourceText.decode(utf8(s)).text()).isEqualTo(s);
    }

    @Test
    void aReplacementCharacterWrittenOnPurposeIsTextButOneMadeOfABadByteIsNot() {
        // The quick decoder turns a bad byte into U+FFFD too: the strict one must still tell the two apart.
        assertThat(SourceText.decode(utf8("a \uFFFD b\r\nc")).text()).isEqualTo("a \uFFFD b\nc");
        SourceText bad = SourceText.decode(concat(utf8("a \uFFFD b\n"), bytes(0xC3), utf8(" c")));
        assertThat(bad.text()).isNull();
        assertThat(bad.problemLine()).isEqualTo(2);
    }
}
