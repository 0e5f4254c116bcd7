package org.assessor.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {
    @Test
    void readsPlainDecimals() {
        assertThat(DecimalText.parse("2.35")).isEqualTo(2.35);
        assertThat(DecimalText.parse("-1")).isEqualTo(-1.0);
        assertThat(DecimalText.parse("3")).isEqualTo(3.0);
        assertThat(DecimalText.parse("0.005")).isEqualTo(0.005);
        assertThat(DecimalText.parse("-0.5")).isEqualTo(-0.5);
        assertThat(DecimalText.parse("007.50")).isEqualTo(7.5);
        assertThat(DecimalText.parse("123456789012345678901234567890")).isEqualTo(1.2345678901234568E29);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 2.35", "2.35 ", "2 35", "1e3", "1E3", "2.5e-1", "0x1p3", "0x10", "NaN", "Infinity", "-Infinity",
            "+2", "2,35", "1,234.5", "2.", ".5", "-.5", "-", "--1", "2d", "2f", "1.2.3", "\u0663", "１", "2.35\n"})
    void refusesAnythingElseJavaWouldRead(String text) {
        assertThatThrownBy(() -> DecimalText.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"" + text + "\" is not a plain decimal: an optional minus, digits, and an optional point"
                        + " followed by digits, e.g. 2.35, -1 or 3");
    }

    @Test
    void refusesNullAndTextsLongerThanThirtyCharacters() {
        assertThatThrownBy(() -> DecimalText.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a decimal text is required, not null");
        assertThatThrownBy(() -> DecimalText.parse("1234567890123456789012345678901")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a decimal text has at most 30 characters, not 31: \"123456789012345678901234567890...\"");
    }
}
