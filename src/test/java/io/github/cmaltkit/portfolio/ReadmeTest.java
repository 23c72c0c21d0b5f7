package io.github.cmaltkit.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a newcomer looks for in the README is there, and agrees with the code. */
class ReadmeTest {

    private static final Path README = Path.of(System.getProperty("cmalt.kit.dir", ".")).resolve("README.md");

    @Test
    void everyStatusTheFrontMatterAcceptsIsListed() throws Exception {
        String readme = Files.readString(README);
        int start = readme.indexOf("\n- `status`");
        assertThat(start).as("a bullet on status").isPositive();
        String bullet = readme.substring(start + 1, readme.indexOf("\n- ", start + 1));
        for (String status : SectionFile.STATUSES) assertThat(bullet).contains("`" + status + "`");
    }

    @Test
    void itShowsHowToCloneCommitAndPushByEachRoute() throws Exception {
        String readme = Files.readString(README);
        assertThat(readme).contains("git clone https://github.com/", "git add portfolio", "git commit -m", "git push", "git pull")
                .contains("GitHub Desktop", "*Commit to main*", "*Push origin*")
                .contains("*Edit this file*", "*Commit changes…*", "*Add file → Upload files*");
    }
}
