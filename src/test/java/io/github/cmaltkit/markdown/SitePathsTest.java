package io.github.cmaltkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitePathsTest {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "content/core-1a.md | ../assets/evidence/report.pdf | evidence/report.pdf",
        "content/core-1a.md | core-1b.md#reflection | core-1b.html#reflection",
        "content/core-1a.md | ./core-1b.md | core-1b.html",
        "content/sub/core-2a.md | ../../assets/images/a.svg | ../images/a.svg",
        "content/sub/core-2a.md | ../core-1a.md#evidence | ../core-1a.html#evidence",
        "content/core-1a.md | sub/core-2a.md | sub/core-2a.html",
        "content/core-1a.md | ../assets/my%20report.pdf | my%20report.pdf",
        "content/core-1a.md | ../assets/my report.pdf | my%20report.pdf",
        "content/core-1a.md | https://example.org/a.md | https://example.org/a.md",
        "content/core-1a.md | mailto:someone@example.org | mailto:someone@example.org",
        "content/core-1a.md | #reflection | #reflection",
        "content/core-1a.md | ../../outside.pdf | ../../outside.pdf",
        "content/core-1a.md | ../portfolio.yml | ../portfolio.yml",
        "content/core-1a.md | images/local.png | images/local.png",
        "content/core-1a.md | ../assets/report.pdf?page=2#p3 | report.pdf?page=2#p3",
    })
    void mapsEditorLinksToSiteLinks(String source, String link, String expected) {
        assertThat(SitePaths.mapLink(source, link)).isEqualTo(expected);
    }

    @Test
    void pagesAreNamedAsJBakeWritesThem() {
        assertThat(SitePaths.pageOf("content/02-core-1a.md")).isEqualTo("02-core-1a.html");
        assertThat(SitePaths.pageOf("content/appendices/My Notes.markdown")).isEqualTo("appendices/My+Notes.html");
        assertThat(SitePaths.href("appendices/My+Notes.html")).isEqualTo("appendices/My+Notes.html");
        assertThat(SitePaths.href("caf\u00e9 notes.html")).isEqualTo("caf%C3%A9%20notes.html");
    }

    @Test
    void resolveRefusesToLeaveThePortfolio() {
        assertThat(SitePaths.resolve("content/a.md", "../../etc/passwd")).isNull();
        assertThat(SitePaths.resolve("content/a.md", "../assets/x.pdf")).isEqualTo("assets/x.pdf");
    }

    @Test
    void rootPrefixFollowsFolderDepth() {
        assertThat(SitePaths.rootOf("index.html")).isEmpty();
        assertThat(SitePaths.rootOf("appendices/notes.html")).isEqualTo("../");
    }
}
