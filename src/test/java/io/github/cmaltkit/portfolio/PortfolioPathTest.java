package io.github.cmaltkit.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a path inside a portfolio is written, and one policy for the files nobody wrote: hidden ones and editors' temporary and backup files. */
class PortfolioPathTest {

    @TempDir
    Path tmp;

    @Test
    void aRelativePathHasSlashesBetweenItsNamesWhateverTheSystemWrote() {
        assertThat(PortfolioPath.relative(Path.of("/p"), Path.of("/p/content/part/core-1a.md"))).isEqualTo("content/part/core-1a.md");
        assertThat(PortfolioPath.relative(Path.of("/p"), Path.of("/p"))).isEmpty();
        assertThat(PortfolioPath.slashed("assets\\evidence\\report.pdf")).isEqualTo("assets/evidence/report.pdf");
        assertThat(PortfolioPath.slashed("../a/b.md")).isEqualTo("../a/b.md");
    }

    @Test
    void editorsTemporaryAndBackupFilesAreIgnored() {
        for (String name : List.of("sedSss34C", "sedAB12cd", "4913", "5036", "x.md~", "x.md.swp", "x.md.swo", ".x.md.swp", ".#x.md",
                "#x.md#", "x.md.tmp", "REPORT.TMP", "~$report.docx", ".git", ".DS_Store")) {
            assertThat(PortfolioPath.ignoredName(name)).as(name).isTrue();
        }
    }

    @Test
    void theCandidatesOwnFilesAreNot() {
        for (String name : List.of("03-core-1b.md", "sedentary.md", "sed.md", "sedSss34C.md", "report.pdf", "2024", "4914", "4913.md",
                "notes#1.md", "#", "a~b.md", "swp.md", "tmp")) {
            assertThat(PortfolioPath.ignoredName(name)).as(name).isFalse();
        }
        assertThat(PortfolioPath.ignored(Path.of("content/.drafts/core-1a.md"))).isTrue();
        assertThat(PortfolioPath.ignored(Path.of("content/drafts/core-1a.md"))).isFalse();
        assertThat(PortfolioPath.ignored(Path.of("/p"), Path.of("/p/content/sedAbcdef"))).isTrue();
        assertThat(PortfolioPath.ignored(Path.of("/p"), Path.of("/elsewhere/.x/ok.md"))).isFalse();
    }

    @Test
    void readingThePortfolioSkipsThemLikeHiddenFiles() throws Exception {
        Path dir = tmp.resolve("p");
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("portfolio.yml"), "candidate: A B\npathway: cmalt\n");
        Files.writeString(dir.resolve("content/core-1a.md"), "---\nsection: core-1a\n---\nText.\n");
        // Markdown by name, yet an editor's leftovers: Office's lock file and Emacs's auto-save of a .md.
        Files.writeString(dir.resolve("content/~$core-1a.md"), "---\nsection: core-1a\n---\nOld.\n");
        Files.writeString(dir.resolve("content/#core-1b.md#"), "x");
        assertThat(Portfolio.read(dir).files()).extracting(SectionFile::path).containsExactly("content/core-1a.md");
        assertThat(Portfolio.read(dir).problems()).noneMatch(p -> p.message().contains("also written in"));
    }
}
