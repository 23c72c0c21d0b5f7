package io.github.cmaltkit.site.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileCrawlTest {

    /**
     * The preview's per-file crawl calls a private method of JBake's crawler. Without it the preview
     * still works but crawls every file on each save: a JBake upgrade that drops it must show here,
     * not as a slower preview nobody measures.
     */
    @Test
    void theJBakeOnTheClassPathHasItsPerFileCrawl() {
        assertThat(FileCrawl.available()).isTrue();
    }

    @Test
    void aFileIsCrawledOnlyWhenItAndEveryFolderAboveItPassTheFilter() {
        Path content = Path.of("/p/content");
        java.io.FileFilter noHidden = f -> !f.getName().startsWith(".");
        assertThat(FileCrawl.crawled(content.resolve("a/b.md"), content, noHidden)).isTrue();
        assertThat(FileCrawl.crawled(content.resolve(".drafts/b.md"), content, noHidden)).isFalse();
        assertThat(FileCrawl.crawled(content.resolve("a/.b.md"), content, noHidden)).isFalse();
        assertThat(FileCrawl.crawled(Path.of("/p/assets/b.md"), content, (File f) -> true)).isFalse();
    }
}
