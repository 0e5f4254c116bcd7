package org.assessor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one number syntax: plain decimals are read exactly; anything a locale or a notation could change is refused with its reason. */
class NumberTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "7", "12", "-3.5", "0.25", "4.00", "100", "2.05", "-100", "0.3333333333333333",
            "123456789012345", "0.000000000000001"})
    void plainDecimalsAreReadExactlyAsWritten(String text) {
        NumberText.Reading reading = NumberText.read(text);

        assertThat(reading.ok()).as(reading.problem()).isTrue();
        assertThat(reading.value()).isEqualByComparingTo(new BigDecimal(text));
        assertThat(new BigDecimal(Double.toString(reading.value().doubleValue()))).as("what the rules see")
                .isEqualByComparingTo(new BigDecimal(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        1,5                  | not a number: commas are not accepted (write 1.5, not 1,5; 1500, not 1,500)
        1,500                | not a number: commas are not accepted (write 1.5, not 1,5; 1500, not 1,500)
        1.000,5              | not a number: commas are not accepted (write 1.5, not 1,5; 1500, not 1,500)
        1e300                | not a number: exponents are not accepted (write 1500, not 1.5e3)
        1.5E-3               | not a number: exponents are not accepted (write 1500, not 1.5e3)
        0x1F                 | not a number: hexadecimal is not accepted
        +3                   | not a number: a leading + is not accepted
        010                  | not a number: leading zeros are not accepted (YAML 1.1 reads 010 as octal 8)
        .5                   | not a number: a decimal point needs digits on both sides (write 0.5 and 5, not .5 and 5.)
        5.                   | not a number: a decimal point needs digits on both sides (write 0.5 and 5, not .5 and 5.)
        1_000                | not a number: spaces, underscores and apostrophes are not accepted inside a number
        NaN                  | not a number: expected digits with an optional leading - and decimal point, e.g. 12, -3.5 or 0.25
        Infinity             | not a number: expected digits with an optional leading - and decimal point, e.g. 12, -3.5 or 0.25
        --3                  | not a number: expected digits with an optional leading - and decimal point, e.g. 12, -3.5 or 0.25
        12345678901234567    | too precise: the rules would see it rounded (write at most 15 significant digits)
        0.33333333333333333  | too precise: the rules would see it rounded (write at most 15 significant digits)
        """)
    void anythingElseIsRefusedWithItsReason(String text, String problem) {
        assertThat(NumberText.read(text).ok()).isFalse();
        assertThat(NumberText.problem(text)).isEqualTo(problem);
    }

    @Test
    void spacesAndEmptinessAreNotNumbers() {
        assertThat(NumberText.problem(" 3")).isEqualTo("not a number: spaces, underscores and apostrophes are not accepted inside a number");
        assertThat(NumberText.problem("")).isEqualTo("empty; expected a number");
        assertThat(NumberText.problem("1".repeat(41))).isEqualTo("not a number: more than 40 characters");
    }

    @Test
    void everyDecimalOfFifteenDigitsIsAcceptedAndEverySeventeenDigitOneTheDoubleCannotHoldIsRefused() {
        Random random = new Random(13);
        for (int i = 0; i < 10_000; i++) {
            BigDecimal fifteen = new BigDecimal(BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000_000L).toBigInteger(),
                    random.nextInt(16));
            assertThat(NumberText.problem(fifteen.toPlainString())).as(fifteen.toPlainString()).isNull();
            BigDecimal seventeen = new BigDecimal("1." + String.format("%016d", Math.floorMod(random.nextLong(), 10_000_000_000_000_000L)));
            boolean exact = new BigDecimal(Double.toString(seventeen.doubleValue())).compareTo(seventeen) == 0;
            assertThat(NumberText.problem(seventeen.toPlainString()) == null).as(seventeen.toPlainString()).isEqualTo(exact);
        }
    }
}
