package io.github.cmaltkit.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a portfolio folder: which files are read, which are refused, and what is missing. */
class PortfolioReadTest {

    @TempDir
    Path tmp;
    TestPortfolio portfolio;
    Path dir;

    @BeforeEach
    void folder() throws IOException {
        portfolio = TestPortfolio.at(tmp.resolve("p")).settings("candidate: Alex Example\npathway: cmalt\n");
        dir = portfolio.dir();
        Files.createDirectories(dir.resolve("content"));
    }

    @Test
    void readsMarkdownFilesInNameOrderAndSkipsHiddenOnesAndOtherFiles() throws Exception {
        portfolio.file("content/b.md", "---\nsection: core-1b\n---\n## Description\n")
                .file("content/a.markdown", "---\nsection: core-1a\n---\n## Description\n")
                .file("content/sub/c.MD", "---\ntitle: Notes\n---\nText\n")
                .file("content/.draft.md", "---\nsection: core-2a\n---\n")
                .file("content/.obsidian/x.md", "---\nsection: core-2b\n---\n")
                .file("content/notes.txt", "not markdown");
        Files.createDirectories(dir.resolve("content/folder.md"));
        Portfolio p = Portfolio.read(dir);
        assertThat(p.files()).extracting(SectionFile::path).containsExactly("content/a.markdown", "content/b.md", "content/sub/c.MD");
        assertThat(p.sections()).extracting(SectionFile::sectionId).containsExactly("core-1a", "core-1b");
        assertThat(p.extraPages()).extracting(SectionFile::path).containsExactly("content/sub/c.MD");
        assertThat(p.writtenIds()).containsExactly("core-1a", "core-1b");
        assertThat(p.section("core-1b")).map(SectionFile::path).contains("content/b.md");
        assertThat(p.section("core-4")).isEmpty();
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void missingListsTheRequiredSectionsWithoutAFileInOfficialOrder() throws Exception {
        portfolio.file("content/x.md", "---\nsection: core-1a\n---\n")
                .file("content/y.md", "---\nsection: core-3c\n---\n");
        Portfolio p = Portfolio.read(dir);
        List<String> missing = p.missing().stream().map(SectionSpec::id).toList();
        assertThat(missing).containsExactly("contextual-statement", "core-1b", "core-1c", "core-2a", "core-2b", "core-3a", "core-3b",
                "core-4", "specialist-1", "future-plans", "confirmation");
        assertThat(p.slots()).extracting(SectionSpec::id).contains("core-3c");
    }

    @Test
    void aLinkToAFileOutsideThePortfolioIsNotRead() throws Exception {
        Path outside = Files.writeString(tmp.resolve("secret.md"), "---\nsection: core-1a\n---\nPrivate.\n");
        Files.createSymbolicLink(dir.resolve("content/core-1a.md"), outside);
        portfolio.file("drafts/core-1b.md", "---\nsection: core-1b\n---\n");
        Files.createSymbolicLink(dir.resolve("content/core-1b.md"), dir.resolve("drafts/core-1b.md"));
        Portfolio p = Portfolio.read(dir);
        SectionFile linked = p.files().get(0);
        assertThat(linked.path()).isEqualTo("content/core-1a.md");
        assertThat(linked.readable()).isFalse();
        assertThat(linked.isExtraPage()).isFalse();
        assertThat(linked.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.message()).contains("link to a file outside the portfolio");
            assertThat(pr.line()).isNull();
            assertThat(pr.column()).isNull();
        });
        assertThat(p.files().get(1).readable()).isTrue();
        assertThat(p.writtenIds()).containsExactly("core-1b");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSize() throws Exception {
        Path big = dir.resolve("content/huge.md");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Portfolio.MAX_FILE_BYTES + 1);
        }
        Path exact = dir.resolve("content/limit.md");
        try (RandomAccessFile f = new RandomAccessFile(exact.toFile(), "rw")) {
            f.setLength(Portfolio.MAX_FILE_BYTES);
        }
        Portfolio p = Portfolio.read(dir);
        SectionFile huge = p.files().get(0);
        assertThat(huge.readable()).isFalse();
        assertThat(huge.problems().get(0).message()).startsWith("the file is " + (Portfolio.MAX_FILE_BYTES / (1024 * 1024)) + " MB, too large");
        // At the limit the file is read (and, being zero bytes, reported as binary instead).
        assertThat(p.files().get(1).problems().get(0).message()).doesNotContain("too large");
    }

    @Test
    void aSectionWrittenTwiceIsReportedAtTheSecondFile() throws Exception {
        portfolio.file("content/a.md", "---\nsection: core-3a\n---\n")
                .file("content/b.md", "---\ntitle: Again\nsection: core-3a\n---\n");
        Portfolio p = Portfolio.read(dir);
        assertThat(p.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.file()).isEqualTo("content/b.md");
            assertThat(pr.line()).isEqualTo(3);
            assertThat(pr.column()).isEqualTo(10);
            assertThat(pr.message()).contains("also written in content/a.md").contains("core-3c");
        });
        assertThat(p.section("core-3a")).map(SectionFile::path).contains("content/a.md");
    }

    @Test
    void noSettingsOrContentAreProblemsOfTheWholePortfolio() throws Exception {
        Files.delete(dir.resolve("portfolio.yml"));
        Files.delete(dir.resolve("content"));
        Portfolio p = Portfolio.read(dir);
        assertThat(p.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("there is no portfolio.yml in"))
                .anySatisfy(m -> assertThat(m).startsWith("there is no content/ folder in"));
        assertThat(p.problems()).extracting(Problem::file).containsOnlyNulls();
        assertThat(p.pathway().id()).isEqualTo("cmalt");
        assertThat(Portfolio.readSettings(dir).pathwayId()).isEqualTo("cmalt");
    }

    @Test
    void settingsThatAreNotTextAreReportedAtTheirLine() throws Exception {
        Files.write(dir.resolve("portfolio.yml"), new byte[] {'p', 'a', 't', 'h', 'w', 'a', 'y', ':', ' ', (byte) 0xE9, '\n'});
        Portfolio p = Portfolio.read(dir);
        assertThat(p.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.file()).isEqualTo("portfolio.yml");
            assertThat(pr.line()).isEqualTo(1);
            assertThat(pr.message()).startsWith("the text is not valid UTF-8");
        });
        portfolio.settings("pathway: senior\n");
        assertThat(Portfolio.readSettings(dir).pathwayId()).isEqualTo("senior");
    }

    @Test
    void aFolderThatCannotBeAPortfolioIsRefused() throws Exception {
        assertThatThrownBy(() -> Portfolio.read(tmp.resolve("gone"))).isInstanceOf(Portfolio.UnreadableException.class)
                .hasMessageEndingWith("gone: no such folder");
        Path file = Files.writeString(tmp.resolve("file.md"), "x");
        assertThatThrownBy(() -> Portfolio.read(file)).hasMessageContaining("is a file, not a portfolio folder");
    }

    @Test
    void fileNamesAndMarkdownExtensions() throws Exception {
        assertThat(Portfolio.isMarkdown("A.MARKDOWN")).isTrue();
        assertThat(Portfolio.isMarkdown("a.md.txt")).isFalse();
        portfolio.file("content/sub/02-core-1a.md", "---\nsection: core-1a\n---\n")
                .file("content/notes", "---\ntitle: x\n---\n")
                .file("content/.md", "---\ntitle: x\n---\n");
        Portfolio p = Portfolio.read(dir);
        assertThat(p.files()).singleElement().satisfies(f -> assertThat(f.baseName()).isEqualTo("02-core-1a"));
        assertThat(SectionFile.read("content/v1.2 notes.md", "---\ntitle: x\n---\n", p.pathway()).baseName()).isEqualTo("v1.2 notes");
        assertThat(SectionFile.read("content/noext", "---\ntitle: x\n---\n", p.pathway()).baseName()).isEqualTo("noext");
    }

    @Test
    void anEmptyPrinciplesListIsNoPrinciple() throws Exception {
        portfolio.file("content/a.md", "---\nsection: core-1a\nprinciples:\n---\n")
                .file("content/b.md", "---\nsection: core-1b\nprinciples: empathy\n---\n");
        Portfolio p = Portfolio.read(dir);
        assertThat(p.files().get(0).principles()).isEmpty();
        assertThat(p.files().get(0).problems()).isEmpty();
        assertThat(p.files().get(1).principles()).containsExactly("empathy");
    }
}
