package org.assessor.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Likely ranges are written as NHS England's league tables publish them: "1.2 to 1.89", "1 to 11". */
class LikelyRangeTest {
    @Test
    void anAverageDropsItsTrailingZerosButKeepsOneDecimal() {
        assertThat(new LikelyRange(1.2, 1.89, 1, 11).averageScore()).isEqualTo("1.2 to 1.89");
        assertThat(new LikelyRange(2.0, 2.74, 2, 49).averageScore()).isEqualTo("2.0 to 2.74");
        assertThat(new LikelyRange(1.7, 3.12, 6, 57).averageScore()).isEqualTo("1.7 to 3.12");
        assertThat(new LikelyRange(1.667, 10, 1, 1).averageScore()).isEqualTo("1.667 to 10.0");
    }

    @Test
    void aRankIsAWholeNumber() {
        assertThat(new LikelyRange(1.2, 1.89, 1, 11).rank()).isEqualTo("1 to 11");
        assertThat(new LikelyRange(2.46, 3.48, 40, 61).rank()).isEqualTo("40 to 61");
    }

    @Test
    void aLargeOrSmallAverageIsWrittenWithoutAnExponent() {
        assertThat(LikelyRange.published(120)).isEqualTo("120.0");
        assertThat(LikelyRange.published(0.0001)).isEqualTo("0.0001");
    }
}
