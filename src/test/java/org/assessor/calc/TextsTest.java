package org.assessor.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void joinsTheDistinctTextsInStringOrder() {
        assertThat(Texts.joinSorted(List.of("kloe_2_1", "kloe_1_3", "kloe_2_1", "kloe_10_1"), " "))
                .isEqualTo("kloe_10_1 kloe_1_3 kloe_2_1");
        assertThat(Texts.joinSorted(List.of("b", "B", "a"), ", ")).isEqualTo("B, a, b");
    }

    @Test
    void anEmptyListIsAnEmptyText() {
        assertThat(Texts.joinSorted(List.of(), " ")).isEmpty();
        assertThat(Texts.joinSorted(List.of("only"), " ")).isEqualTo("only");
    }

    @Test
    void refusesWhatIsNotAListOfTexts() {
        assertThatThrownBy(() -> Texts.joinSorted(null, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("texts are required: a list, empty or not, not null");
        assertThatThrownBy(() -> Texts.joinSorted(List.of("a"), null))
                .hasMessage("a separator of at most 10 characters is required, not null");
        assertThatThrownBy(() -> Texts.joinSorted(Arrays.asList("a", null), " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("every item must be a text, not null");
        assertThatThrownBy(() -> Texts.joinSorted(List.of("a", 3), " ")).hasMessage("every item must be a text, not 3 (Integer)");
    }

    /** Rule code may nest calls, so a long separator or result would multiply at every level. */
    @Test
    void refusesALongSeparatorAndALongResult() {
        assertThatThrownBy(() -> Texts.joinSorted(List.of("a", "b"), "x".repeat(11)))
                .hasMessage("a separator of at most 10 characters is required, not one of 11");
        assertThat(Texts.joinSorted(List.of("a".repeat(4_999), "b".repeat(5_000)), " ")).hasSize(10_000);
        assertThatThrownBy(() -> Texts.joinSorted(List.of("a".repeat(5_000), "b".repeat(5_000)), " "))
                .hasMessage("the joined texts would be 10001 characters long; at most 10000 are allowed");
    }
}
