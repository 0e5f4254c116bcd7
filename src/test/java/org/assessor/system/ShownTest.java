package org.assessor.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values in messages: quoted, escaped where they would not show as themselves, and never longer than a line. */
class ShownTest {

    @Test
    void aShortPlainValueIsQuotedAsItIs() {
        assertThat(Shown.quoted("Aintree Hospitals NHS Trust")).isEqualTo("'Aintree Hospitals NHS Trust'");
        assertThat(Shown.quoted("Guy's and St Thomas' ✓")).isEqualTo("'Guy's and St Thomas' ✓'");
    }

    @Test
    void controlAndInvisibleCharactersAreEscapedSoTheTerminalShowsThemInsteadOfObeyingThem() {
        assertThat(Shown.quoted("\u001b[31mred\u001b[0m")).isEqualTo("'\\x1B[31mred\\x1B[0m'");
        assertThat(Shown.quoted("a\tb\nc\rd\u0000e\u007f")).isEqualTo("'a\\tb\\nc\\rd\\x00e\\x7F'");
        assertThat(Shown.quoted("\ufeffBOM, nbsp\u00a0and\u200bzero width, \u202eflipped")).isEqualTo(
                "'\\uFEFFBOM, nbsp\\u00A0and\\u200Bzero width, \\u202Eflipped'");
    }

    @Test
    void aLongValueIsCutToEightyCharactersWithItsLength() {
        String tenMegabytes = "x".repeat(10 * 1024 * 1024);

        assertThat(Shown.quoted(tenMegabytes)).isEqualTo("'" + "x".repeat(80) + "…' (10,485,760 characters)");
    }

    @Test
    void anEscapeOrASurrogatePairIsNeverCutInTwo() {
        assertThat(Shown.quoted("x".repeat(78) + "\u001b" + "y")).isEqualTo("'" + "x".repeat(78) + "…' (80 characters)");
        assertThat(Shown.quoted("x".repeat(79) + "😀" + "y")).isEqualTo("'" + "x".repeat(79) + "…' (82 characters)");
        assertThat(Shown.quoted("x".repeat(78) + "😀")).isEqualTo("'" + "x".repeat(78) + "😀'");
    }
}
