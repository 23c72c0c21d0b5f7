package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings point at the line and column of the candidate's source, wherever the Markdown puts the text. */
class PositionsTest {

    @TempDir
    Path dir;

    private List<String> positions(String body) throws IOException {
        return positions(body.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> positions(byte[] file) throws IOException {
        Files.writeString(dir.resolve("portfolio.yml"), "pathway: cmalt\nrules: {missing-section: off, pathway-rule: off, principles: off}\n");
        Files.createDirectories(dir.resolve("content"));
        Files.write(dir.resolve("content/page.md"), file);
        Portfolio p = TestPortfolio.read(dir);
        return Checker.check(p, Rules.all(), CheckOptions.defaults()).findings().stream()
                .map(f -> f.rule() + " " + f.line() + ":" + f.column()).toList();
    }

    @Test
    void textInListsQuotesAndTables() throws Exception {
        assertThat(positions("---\ntitle: P\n---\n- one\n- The VLE\n\n> quoted *LMS* here\n\n| a | b |\n|---|---|\n| x | the SSO |\n"))
                .containsExactly("acronym 5:7", "acronym 7:11", "acronym 11:11");
    }

    @Test
    void linksImagesAndRawHtml() throws Exception {
        assertThat(positions("---\ntitle: P\n---\nSee [it](gone.pdf) and\n<div>\n  <p>x</p> <img src=\"gone.png\" alt=\"\">\n</div>\n"))
                .containsExactly("broken-link 4:5", "image-alt 6:12", "broken-link 6:17");
    }

    @Test
    void windowsLineEndingsAndAByteOrderMark() throws Exception {
        byte[] text = "\uFEFF---\r\ntitle: P\r\n---\r\nFirst.\r\n\r\nThen the VLE.\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(positions(text)).containsExactly("acronym 6:10");
    }

    @Test
    void escapesDoNotShiftLaterPositions() throws Exception {
        assertThat(positions("---\ntitle: P\n---\nA \\*star\\* and the VLE.\n")).containsExactly("acronym 4:20");
        assertThat(positions("---\ntitle: P\n---\nR&amp;D &copy; and the VLE.\n")).containsExactly("acronym 4:24");
    }
}
