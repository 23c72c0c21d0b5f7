package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The submission-size limit at its edge: files adding up to exactly the limit pass, one byte more does
 * not, and folders (which have a size of their own on most file systems) are not counted.
 */
class SubmissionSizeRuleTest {

    @TempDir
    Path dir;

    private static final long ONE_MB = 1024 * 1024;

    /** Messages of the submission-size findings of a portfolio whose content/ and assets/ hold {@code bytes} in all. */
    private List<String> findingsFor(long bytes) throws IOException {
        TestPortfolio p = TestPortfolio.at(dir).settings("candidate: T\npathway: cmalt\n"
                        + "rules: {missing-section: off, pathway-rule: off, principles: off}\nsubmission: {max-mb: 1}\n")
                .file("content/notes.md", "---\ntitle: Notes\n---\nA page of notes written in 2024.\n");
        long page = Files.size(dir.resolve("content/notes.md"));
        // Nested folders: counted, they would push a portfolio exactly at the limit over it.
        p.file("assets/video/clips/clip.bin", new byte[(int) (bytes - page)]);
        return Checker.check(p.read(), Rules.all(), CheckOptions.defaults()).findings().stream()
                .filter(f -> f.rule().equals("submission-size")).map(Finding::message).toList();
    }

    @Test
    void filesAddingUpToExactlyTheLimitPass() throws IOException {
        assertThat(findingsFor(ONE_MB)).isEmpty();
    }

    @Test
    void oneByteOverTheLimitIsReported() throws IOException {
        assertThat(findingsFor(ONE_MB + 1)).containsExactly("content/ and assets/ hold 1.0 MB, more than the 1 MB ALT accepts as "
                + "one file: target/site/portfolio.pdf and target/portfolio-site.zip will be too large to send. Submit the link to "
                + "your published site instead, or make large files smaller (compress images, link to long videos rather than include them)");
    }
}
