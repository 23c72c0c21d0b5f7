package io.github.cmaltkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.markdown.Markdown;
import io.github.cmaltkit.portfolio.Pathways;
import io.github.cmaltkit.portfolio.Problem;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.Settings;
import io.github.cmaltkit.portfolio.SourceText;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a candidate's file holds, reading it never throws: problems come back located. A short
 * run in every build; see docs/hostile-input.md for a long one.
 */
class FuzzTest {

    /** Text built from the pieces Markdown and YAML care about, so the fuzzer reaches deep paths. */
    @Provide
    Arbitrary<String> markdownish() {
        Arbitrary<String> pieces = Arbitraries.of("---\n", "section: core-1a\n", "title: x\n", ": ", "- ", "> ", "*", "_",
                "[", "](", ")", "![", "`", "```\n", "#", "## Evidence\n", "\n", "\n\n", "  ", "\t", "|", "<!--", "-->",
                "<a href='", "'>", "&", "\\", "\"", "'", "{", "}", "[x]", "VLE", "(VLE)", "2023", "\r\n", "\uFEFF", "é",
                "\u0000", "principles: [", "status: ", "kind: ", "topic: ", "%", "!", "http://example.org/a", "../assets/");
        return pieces.list().ofMaxSize(120).map(l -> String.join("", l));
    }

    @Property
    void frontMatterReaderNeverThrows(@ForAll("markdownish") String text) {
        SectionFile f = SectionFile.read("content/x.md", text, Pathways.get("cmalt"));
        for (Problem p : f.problems()) {
            assertThat(p.file()).isEqualTo("content/x.md");
            assertThat(p.message()).isNotBlank();
            if (p.line() != null) assertThat(p.line()).isBetween(1, text.split("\n", -1).length + 1);
        }
    }

    @Property
    void settingsReaderNeverThrows(@ForAll("markdownish") String text) {
        List<Problem> problems = new ArrayList<>();
        Settings s = Settings.parse(text, problems);
        assertThat(Pathways.find(s.pathwayId())).isPresent();
    }

    @Property
    void engineRendersAnything(@ForAll("markdownish") String text) {
        assertThat(Markdown.renderPage("content/x.md", text)).isNotNull();
    }

    @Property
    void decoderAcceptsAnyBytes(@ForAll byte[] bytes) {
        SourceText src = SourceText.decode(bytes);
        assertThat(src.text() == null).isEqualTo(src.problem() != null);
    }
}
