package io.github.cmaltkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands find the portfolio from wherever the candidate stands, walking up as git does; init refuses inside one. */
class WhereYouStandTest {

    @TempDir
    Path tmp;

    private Path kit;
    private Path own;
    private String out;
    private String err;

    @BeforeEach
    void aKitWithAPortfolio() throws Exception {
        kit = Files.createDirectories(tmp.resolve("kit"));
        Files.createDirectories(kit.resolve("docs/rules"));
        Files.createDirectories(kit.resolve("sample-portfolio/content"));
        Files.writeString(kit.resolve("sample-portfolio/portfolio.yml"), "candidate: Sam Ple\npathway: cmalt\n");
        assertThat(run(kit, "init", "--candidate", "Alex Example")).isZero();
        own = kit.resolve("portfolio").toAbsolutePath().normalize();
    }

    private int run(Path cwd, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                new CheckCommand(), cwd);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return status;
    }

    @Test
    void checkFindsThePortfolioFromInsideItAndSaysWhichItFound() {
        for (Path where : new Path[] {own, own.resolve("content"), own.resolve("assets/evidence")}) {
            assertThat(run(where, "check", "--offline", "--format", "json")).as(where.toString()).isEqualTo(1);
            assertThat(out).as(where.toString()).startsWith("{\n  \"portfolio\": \"" + own + "\",");
            assertThat(err).as(where.toString()).contains("cmalt check: working on the portfolio").contains(own.toString())
                    .doesNotContain("no portfolio/ folder");
        }
    }

    @Test
    void fromASubFolderOfTheKitTheKitsPortfolioIsFound() {
        assertThat(run(kit.resolve("docs/rules"), "check", "--offline")).isEqualTo(1);
        assertThat(out).startsWith("CMALT check of " + own + " (CMALT pathway");
        assertThat(err).isEqualTo("cmalt check: working on the portfolio " + own + ", found above the folder you are in\n");
    }

    @Test
    void atTheKitsRootNothingExtraIsSaid() {
        assertThat(run(kit, "check", "--offline")).isEqualTo(1);
        assertThat(out).startsWith("CMALT check of " + kit.resolve("portfolio") + " (CMALT pathway").doesNotContain("working on");
        assertThat(err).isEmpty();
    }

    @Test
    void withoutAPortfolioOfTheirOwnTheKitsSampleIsFoundAndNamed() throws Exception {
        Path bare = Files.createDirectories(tmp.resolve("bare"));
        Files.createDirectories(bare.resolve("sample-portfolio/content"));
        Files.createDirectories(bare.resolve("docs"));
        assertThat(run(bare.resolve("docs"), "plan", "--today", "2027-01-04")).isZero();
        assertThat(err).contains("cmalt plan: working on the kit's sample, " + bare.resolve("sample-portfolio").toAbsolutePath().normalize());
    }

    @Test
    void planAndPreviewFindItToo() {
        assertThat(run(own.resolve("content"), "plan", "--today", "2027-01-04")).isZero();
        assertThat(err).contains("cmalt plan: working on the portfolio " + own + ", found above");
        assertThat(out).contains("week");
        assertThat(run(own, "plan", "--today", "2027-01-04")).isZero();
        assertThat(err).isEqualTo("cmalt plan: working on the portfolio in the folder you are in, " + own + "\n");
        // The preview's folder is found before anything starts: a bad port stops it right after.
        assertThat(run(own.resolve("content"), "preview", "--port", "x")).isEqualTo(2);
        assertThat(err).contains("cmalt preview: working on the portfolio " + own + ", found above").contains("--port needs a number");
    }

    @Test
    void aFolderCalledPortfolioAboveThatIsNoPortfolioIsNotTaken() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.createDirectories(home.resolve("portfolio/photos"));
        Path work = Files.createDirectories(home.resolve("work/notes"));
        assertThat(run(work, "check")).isEqualTo(2);
        assertThat(err).contains("there is no portfolio/ folder here or in the folders above");
    }

    @Test
    void initRefusesInsideAPortfolioAndSaysWhatToDo() throws Exception {
        for (Path where : new Path[] {own, own.resolve("content")}) {
            assertThat(run(where, "init")).as(where.toString()).isEqualTo(2);
            assertThat(err).as(where.toString()).startsWith("cmalt init: you are inside the portfolio " + own + " (it has a portfolio.yml)")
                    .contains("`init " + own + "`");
            assertThat(where.resolve("portfolio")).doesNotExist();
        }
        assertThat(run(kit, "init", "portfolio/content/extra")).isEqualTo(2);
        assertThat(err).contains(own.resolve("content/extra") + " is inside the portfolio " + own);
        assertThat(own.resolve("content/extra")).doesNotExist();
    }

    @Test
    void initOnThePortfolioItselfStillAddsWhatIsMissing() throws Exception {
        Files.delete(own.resolve("content/02-core-1a.md"));
        assertThat(run(own.resolve("content"), "init", own.toString())).isZero();
        assertThat(out).contains("content/02-core-1a.md");
        assertThat(run(kit, "init")).isZero();
        assertThat(out).startsWith("Nothing to add");
    }

    @Test
    void thePreviewStandingInAPortfolioUsesTheKitsTemplatesNotThePortfoliosOwn() throws Exception {
        Files.createDirectories(own.resolve("templates"));
        Path templates = PreviewCommand.kitTemplates(own).toAbsolutePath().normalize();
        assertThat(templates).isNotEqualTo(own.resolve("templates"));
        assertThat(templates.resolveSibling("pom.xml")).isRegularFile();
        assertThat(PreviewCommand.kitTemplates(kit.getParent())).isEqualTo(templates); // wherever you stand, the kit's
    }
}
