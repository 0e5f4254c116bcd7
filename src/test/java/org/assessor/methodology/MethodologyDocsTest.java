package org.assessor.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A specification's sections are named as GitHub names a heading's anchor, so a reference opens at the same place everywhere. */
class MethodologyDocsTest {

    @Test
    void anchorsAreLowerCaseWithPunctuationDroppedAndSpacesAsHyphens() {
        assertThat(MethodologyDocs.slug("Key-target summary")).isEqualTo("key-target-summary");
        assertThat(MethodologyDocs.slug("Published results 2006-07")).isEqualTo("published-results-2006-07");
        assertThat(MethodologyDocs.slug("Star ratings 2003/04")).isEqualTo("star-ratings-200304");
        assertThat(MethodologyDocs.slug("**Q1** and `U1` (published)")).isEqualTo("q1-and-u1-published");
        assertThat(MethodologyDocs.slug("[Manual](https://example.org) notes")).isEqualTo("manual-notes");
    }

    @Test
    void sectionsAreTheHeadingsOutsideCodeWithRepeatedAnchorsNumbered() {
        List<MethodologyDocs.Section> sections = MethodologyDocs.parse("""
                Intro text.
                # Title
                ## Notes
                one
                ```
                # not a heading
                ```
                ## Notes
                two
                """);

        assertThat(sections).extracting(MethodologyDocs.Section::anchor).containsExactly(null, "title", "notes", "notes-1");
        assertThat(sections.get(0).text()).isEqualTo("Intro text.");
        assertThat(sections.get(2).text()).isEqualTo("one\n```\n# not a heading\n```");
        assertThat(sections.get(3).level()).isEqualTo(2);
    }

    @Test
    void aFileNameThatCouldLeaveTheFolderNamesNoFile() {
        Path home = Path.of("/home");
        assertThat(MethodologyDocs.file(home, "../secrets.md")).isNull();
        assertThat(MethodologyDocs.file(home, "a/b.md")).isNull();
        assertThat(MethodologyDocs.file(home, "star-ratings-2003-04.md")).isEqualTo(home.resolve("docs/methodologies/star-ratings-2003-04.md"));
    }
}
