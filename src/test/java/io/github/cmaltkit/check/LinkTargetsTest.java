package io.github.cmaltkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each destination is resolved once into the kind of target every link rule reads. */
class LinkTargetsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "''                                   | Empty",
        "https://example.org/a                | Web",
        "//example.org/a                      | Web",
        "mailto:a@example.ac.uk?subject=x     | Mail",
        "tel:+441632960000                    | Other",
        "#reflection                          | Fragment",
        "?view=print                          | Fragment",
        "../assets/report.pdf#page=2          | LocalFile",
        "/assets/report.pdf                   | LocalFile",
        "file:///C:/Users/alex/report.pdf     | OwnDisk",
        "C:\\Users\\alex\\report.pdf          | OwnDisk",
        "d:/work/report.pdf                   | OwnDisk",
        "\\\\server\\share\\report.pdf        | OwnDisk",
        "/home/alex/report.pdf                | OwnDisk",
        "/Users/alex/report.pdf               | OwnDisk",
        "~/Documents/report.pdf               | OwnDisk",
    })
    void resolvesEachKind(String destination, String kind) {
        assertThat(LinkTargets.of("content/core-1a.md", destination).getClass().getSimpleName()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "../assets/report.pdf?x=1#page%202 | ../assets/report.pdf | assets/report.pdf | page 2",
        "sub/other.md                      | sub/other.md         | content/sub/other.md |",
        "../../outside.md                  | ../../outside.md     |                   |",
        "../assets/report.pdf#100%         | ../assets/report.pdf | assets/report.pdf | 100%",
    })
    void aLocalFileKeepsItsPathResolvedFileAndFragment(String destination, String path, String resolved, String fragment) {
        LinkTarget.LocalFile f = (LinkTarget.LocalFile) LinkTargets.of("content/core-1a.md", destination);
        assertThat(f.path()).isEqualTo(path);
        assertThat(f.resolved()).isEqualTo(resolved);
        assertThat(f.fragment()).isEqualTo(fragment);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "#results         | results",
        "#what%20i%20did  | what i did",
        "#100%            | 100%",
        "?view=print      | ''",
    })
    void aFragmentOfThisPageIsDecodedOrKeptAsWrittenWhenItCannotBe(String destination, String id) {
        assertThat(((LinkTarget.Fragment) LinkTargets.of("content/core-1a.md", destination)).id()).isEqualTo(id);
    }
}
