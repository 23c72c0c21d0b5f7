package io.github.cmaltkit.draft;

import io.github.cmaltkit.KitCommand;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.cli.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void importPrintsWhatItDidAndTheNextCommands() throws Exception {
        Path md = tmp.resolve("draft.md");
        Files.writeString(md, "# Contextual statement\n\nI joined the team in 2021.\n\n# Future plans\n\nIn 2026 I will lead a project.\n");
        Path into = tmp.resolve("mine");
        CommandRun run = CommandRun.in(tmp, "import", md.toString(), "--into", into.toString(), "--candidate", "Jo Example", "--pathway", "associate");
        assertThat(run.status()).isEqualTo(0);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("(pathway associate)", "# Contextual statement  →  content/01-contextual-statement.md",
                "`" + KitCommand.LAUNCHER + " init " + into + "`", KitCommand.LAUNCHER + " preview " + into,
                KitCommand.LAUNCHER + " check " + into);
        assertThat(into.resolve("portfolio.yml")).content().contains("candidate: Jo Example", "pathway: associate");
        assertThat(tmp.resolve("target/import-report.txt")).content().contains("Imported " + md);
        // the result is a portfolio like any other: init adds the sections it still lacks
        CommandRun init = CommandRun.of("init", into.toString());
        assertThat(init.status()).isEqualTo(0);
        assertThat(init.out()).contains("content/02-core-1a.md").doesNotContain("01-contextual-statement");
    }

    @Test
    void unknownPathwayAndMissingDraftAreUsageErrors() {
        CommandRun none = CommandRun.of("import");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("name the draft to import");
        CommandRun bad = CommandRun.in(tmp, "import", tmp.resolve("nothing.docx").toString(), "--into", tmp.resolve("o").toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("nothing.docx does not exist");
    }
}
