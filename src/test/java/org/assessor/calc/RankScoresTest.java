package org.assessor.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RankScoresTest {
    @Test
    void theBestScoresBestTheLastScoresWorstAndTheRestAreSpreadEvenly() {
        assertThat(RankScores.interpolate(1, 4, 0, 5, 2)).isEqualTo(1.0);
        assertThat(RankScores.interpolate(1, 4, 1, 5, 2)).isEqualTo(1.75);
        assertThat(RankScores.interpolate(1, 4, 2, 5, 2)).isEqualTo(2.5);
        assertThat(RankScores.interpolate(1, 4, 4, 5, 2)).isEqualTo(4.0);
        // a metric with a floor spreads those above it from 1 to 3
        assertThat(RankScores.interpolate(1, 3, 1, 4, 2)).isEqualTo(1.67);
    }

    @Test
    void aTrustAloneScoresTheBest() {
        assertThat(RankScores.interpolate(2, 4, 0, 1, 2)).isEqualTo(2.0);
    }

    @Test
    void roundsHalfUpAndJustBelowHalfDown() {
        assertThat(RankScores.interpolate(1, 4, 1, 9, 2)).isEqualTo(1.38); // 1.375
        assertThat(RankScores.interpolate(1, 4, 5, 9, 2)).isEqualTo(2.88); // 2.875
        assertThat(RankScores.interpolate(1, 4, 1, 10, 2)).isEqualTo(1.33); // 1.3333...
        assertThat(RankScores.interpolate(1, 4, 1, 9, 1)).isEqualTo(1.4); // 1.375
        assertThat(RankScores.interpolate(1, 4, 1, 13, 1)).isEqualTo(1.3); // 1.25
        assertThat(RankScores.interpolate(1, 4, 1, 13, 0)).isEqualTo(1.0);
    }

    @Test
    void refusesRanksThatCannotBe() {
        assertThatThrownBy(() -> RankScores.interpolate(1, 4, 0, 0, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the trusts ranked must be at least 1, not 0");
        assertThatThrownBy(() -> RankScores.interpolate(1, 4, 5, 5, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the trusts that did better must be 0..4 of 5, not 5");
        assertThatThrownBy(() -> RankScores.interpolate(1, 4, -1, 5, 2)).hasMessage("the trusts that did better must be 0..4 of 5, not -1");
        assertThatThrownBy(() -> RankScores.interpolate(1, 4, 0, 5, 11)).hasMessage("decimals must be 0..10, not 11");
        assertThatThrownBy(() -> RankScores.interpolate(Double.NaN, 4, 0, 5, 2)).hasMessage("the best score must be a finite number, not NaN");
        assertThatThrownBy(() -> RankScores.interpolate(1, Double.POSITIVE_INFINITY, 0, 5, 2))
                .hasMessage("the worst score must be a finite number, not Infinity");
    }
}
