package io.github.cmaltkit.site.jbake;

import io.github.cmaltkit.KitCommand;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import io.github.cmaltkit.site.Audience;
import io.github.cmaltkit.site.Stager;
import io.github.cmaltkit.site.TestBaker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectBakeLineTest {

    @Test
    void oneLineNamesTheFolderAndThePageToOpenRelativeToWhereMavenRuns() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Path kit = Path.of("/work/kit").toAbsolutePath();
        DirectBakeLine.print(new PrintStream(b, true, StandardCharsets.UTF_8), kit.resolve("portfolio"), kit.resolve("target/site"), kit);
        assertThat(b.toString(StandardCharsets.UTF_8)).isEqualTo("Baked portfolio into target/site: open target/site/index.html in a browser "
                + "(or `" + KitCommand.LAUNCHER + " preview` for pages that reload as you save)." + System.lineSeparator());
    }

    @Test
    void aStagedBakeIsMarkedSoThatOnlyTheBuildsSummaryReportsIt(@TempDir Path tmp) throws Exception {
        // A candidate cannot switch the summary off by writing the key themselves: it is always the kit's.
        Path portfolio = TestPortfolio.at(tmp.resolve("p")).settings("candidate: A\npathway: cmalt\n")
                .file("jbake.properties", "cmalt.staged=false\n").dir();
        Files.createDirectories(portfolio.resolve("content"));
        Path stage = tmp.resolve("stage");
        Stager.stage(portfolio, TestBaker.KIT.resolve("templates"), stage, tmp.resolve("site"), Audience.LOCAL);
        assertThat(Files.readAllLines(stage.resolve("jbake.properties"))).contains("cmalt.staged=true").doesNotContain("cmalt.staged=false");
    }
}
