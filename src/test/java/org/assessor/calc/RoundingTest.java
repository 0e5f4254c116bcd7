package org.assessor.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoundingTest {
    @Test
    void roundsHalfUpOnTheDecimalAsWrittenNotOnTheBinaryFraction() {
        // 1.005 is stored as 1.00499999999999989341858963598497211933135986328125
        assertThat(Math.round(1.005 * 100) / 100.0).isEqualTo(1.0);
        assertThat(Rounding.halfUp(1.005, 2)).isEqualTo(1.01);
        // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875
        assertThat(Rounding.halfUp(2.675, 2)).isEqualTo(2.68);
        assertThat(Rounding.halfUp(1.375, 2)).isEqualTo(1.38);
    }

    @Test
    void roundsJustBelowHalfDownAndHalfAwayFromZero() {
        assertThat(Rounding.halfUp(2.6749999, 2)).isEqualTo(2.67);
        assertThat(Rounding.halfUp(1.0049999999, 2)).isEqualTo(1.0);
        assertThat(Rounding.halfUp(-1.005, 2)).isEqualTo(-1.01);
        assertThat(Rounding.halfUp(-2.5, 0)).isEqualTo(-3.0);
        assertThat(Rounding.halfUp(2.5, 0)).isEqualTo(3.0);
        assertThat(Rounding.halfUp(2.4999999999, 0)).isEqualTo(2.0);
    }

    @Test
    void keepsEveryDecimalUpToTen() {
        assertThat(Rounding.halfUp(0.12345678905, 10)).isEqualTo(0.1234567891);
        assertThat(Rounding.halfUp(0.12345678904, 10)).isEqualTo(0.123456789);
        assertThat(Rounding.halfUp(3, 0)).isEqualTo(3.0);
    }

    @Test
    void refusesDecimalsOutsideZeroToTenAndValuesThatAreNotFinite() {
        assertThatThrownBy(() -> Rounding.halfUp(1.5, 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decimals must be 0..10, not 11");
        assertThatThrownBy(() -> Rounding.halfUp(1.5, -1)).hasMessage("decimals must be 0..10, not -1");
        assertThatThrownBy(() -> Rounding.halfUp(Double.NaN, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a value to round must be a finite number, not NaN");
        assertThatThrownBy(() -> Rounding.halfUp(Double.NEGATIVE_INFINITY, 2))
                .hasMessage("a value to round must be a finite number, not -Infinity");
    }

    @Test
    void theWeightedMeanOfPublishedDecimalsRoundsAsWritten() {
        // the methodology case "The average is rounded half up to 2 decimals": (1.00 + 1.01) / 2 = 1.005
        assertThat(Rounding.weightedMean(1.00 + 1.01, 2, 2)).isEqualTo(1.01);
        assertThat(Rounding.weightedMean(2.009, 2, 2)).isEqualTo(1.0);
        assertThat(Rounding.weightedMean(4.0, 3.0, 2)).isEqualTo(1.33);
        assertThat(Rounding.weightedMean(5.0, 3.0, 2)).isEqualTo(1.67);
        assertThat(Rounding.weightedMean(-5.0, 3.0, 0)).isEqualTo(-2.0);
    }

    @Test
    void theWeightedSumLosesItsBinaryNoiseAtNineDecimalsBeforeDividing() {
        double sum = 1.0 - 0.9;
        assertThat(sum).isEqualTo(0.09999999999999998);
        assertThat(Math.round(sum / 0.2)).isZero();
        assertThat(Rounding.weightedMean(sum, 0.2, 0)).isEqualTo(1.0);
        assertThat(Rounding.weightedMean(1.0000000004, 1, 9)).isEqualTo(1.0);
        assertThat(Rounding.weightedMean(1.0000000005, 1, 9)).isEqualTo(1.000000001);
    }

    @Test
    void refusesWeightsThatAreNotPositiveAndFinite() {
        assertThatThrownBy(() -> Rounding.weightedMean(1, 0, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weights must be a positive finite number, not 0.0");
        assertThatThrownBy(() -> Rounding.weightedMean(1, -1, 2)).hasMessage("weights must be a positive finite number, not -1.0");
        assertThatThrownBy(() -> Rounding.weightedMean(1, Double.NaN, 2)).hasMessage("weights must be a positive finite number, not NaN");
        assertThatThrownBy(() -> Rounding.weightedMean(1, Double.POSITIVE_INFINITY, 2))
                .hasMessage("weights must be a positive finite number, not Infinity");
        assertThatThrownBy(() -> Rounding.weightedMean(Double.NaN, 1, 2)).hasMessage("a weighted sum must be a finite number, not NaN");
        assertThatThrownBy(() -> Rounding.weightedMean(1, 1, 11)).hasMessage("decimals must be 0..10, not 11");
    }
}
