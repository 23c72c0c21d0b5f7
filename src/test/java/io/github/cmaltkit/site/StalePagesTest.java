package io.github.cmaltkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.testing.SharedState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Baking again into the same folder (as {@code mvn jbake:generate} does) drops pages of sections since renamed, and nothing else. */
@ResourceLock(SharedState.JBAKE)
class StalePagesTest {

    @Test
    void aRenamedSectionLeavesNoStalePageButFilesTheKitDidNotWriteStay(@TempDir Path tmp) throws Exception {
        Path portfolio = PdfExportTest.copyOfDraft(tmp.resolve("portfolio"));
        Path site = tmp.resolve("site");
        assertThat(TestBaker.bake(portfolio, tmp.resolve("stage"), site)).isEmpty();
        assertThat(site.resolve("operations.html")).isRegularFile();
        Files.writeString(site.resolve("notes-of-mine.txt"), "not the kit's");

        Files.move(portfolio.resolve("content/operations.md"), portfolio.resolve("content/core-1a.md"));
        assertThat(TestBaker.bake(portfolio, tmp.resolve("stage"), site)).isEmpty();

        assertThat(site.resolve("core-1a.html")).isRegularFile();
        assertThat(site.resolve("operations.html")).doesNotExist();
        assertThat(site.resolve("notes-of-mine.txt")).isRegularFile();
        assertThat(site.resolve("evidence/comparison.txt")).isRegularFile();
        assertThat(site.resolveSibling("site.written")).isRegularFile();
    }
}
