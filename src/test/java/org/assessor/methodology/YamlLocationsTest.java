package org.assessor.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlLocationsTest {
    private static final YamlLocations PLACES = YamlLocations.of("""
            id: x
            sectors:
              acute:
                inputs: [a, b,
                         c]
            cases:
              - name: first
                input: {a: 1}
              - name: second
                expected:
                  rating: 3
            after: 1
            """);

    @Test
    void keysArePlacedAtTheirLineAndColumn() {
        assertThat(PLACES.line("sectors.acute.inputs")).isEqualTo(4);
        assertThat(PLACES.column("sectors.acute.inputs")).isEqualTo(5);
        assertThat(PLACES.line("after")).isEqualTo(12);
        assertThat(PLACES.has("sectors.acute")).isTrue();
        assertThat(PLACES.has("sectors.pct")).isFalse();
    }

    @Test
    void listItemsArePlacedByIndexAndTheirKeysBelowThem() {
        assertThat(PLACES.line("sectors.acute.inputs[2]")).isEqualTo(5);
        assertThat(PLACES.column("sectors.acute.inputs[2]")).isEqualTo(14);
        assertThat(PLACES.line("cases[0]")).isEqualTo(7);
        assertThat(PLACES.line("cases[1]")).isEqualTo(9);
        assertThat(PLACES.column("cases[1]")).isEqualTo(5);
        assertThat(PLACES.line("cases[0].input.a")).isEqualTo(8);
        assertThat(PLACES.line("cases[1].expected.rating")).isEqualTo(11);
    }

    @Test
    void aPathNotWrittenIsPlacedAtItsNearestWrittenAncestor() {
        assertThat(PLACES.line("cases[1].expected.stars")).isEqualTo(10);
        assertThat(PLACES.line("cases[7]")).isEqualTo(6);
        assertThat(PLACES.line("nowhere.at.all")).isZero();
    }
}
