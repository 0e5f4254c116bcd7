package org.assessor.web.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.methodology.MethodologyConfig.ColumnDefinition;
import org.junit.jupiter.api.Test;

/** How a league table's cells and a chart's sentence read: a segment's colour with its number, a movement in words. */
class LeagueCellTest {
    private static final ColumnDefinition SEGMENT = new ColumnDefinition(null, null, "adjusted_segment", null, null, null, "segment");
    private static final ColumnDefinition MOVEMENT = new ColumnDefinition(null, null, "rank_movement", null, null, null, "movement");
    private static final ColumnDefinition PLAIN = new ColumnDefinition(null, null, "league_rank", null, null, null, null);

    @Test
    void aSegmentHasItsColourClassAndItsNumberAsText() {
        assertThat(LeagueCell.of("3", SEGMENT, true)).isEqualTo(new LeagueCell("3", "num", "segment segment-3", null, null));
        assertThat(LeagueCell.of("", SEGMENT, true).badge()).as("no segment, no colour").isNull();
        assertThat(LeagueCell.of("3", PLAIN, true).badge()).as("only a column shown as a segment is coloured").isNull();
    }

    @Test
    void aMovementHasAnArrowAndWordsForScreenReaders() {
        assertThat(LeagueCell.of("2", MOVEMENT, true)).isEqualTo(new LeagueCell("2", "num up", null, "▲", "up 2"));
        assertThat(LeagueCell.of("-18", MOVEMENT, true)).isEqualTo(new LeagueCell("18", "num down", null, "▼", "down 18"));
        assertThat(LeagueCell.of("0", MOVEMENT, true)).isEqualTo(new LeagueCell("0", "num", null, null, "no change"));
        assertThat(LeagueCell.of("", MOVEMENT, true)).isEqualTo(new LeagueCell("–", "num", null, null, "not known"));
        assertThat(LeagueCell.of("-1", MOVEMENT, false).cssClass()).isEqualTo("down");
    }

    @Test
    void aChartSaysItsCountsInASentence() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("1", 13);
        counts.put("2", 12);
        counts.put("3", 0);
        assertThat(RatingCharts.sentence("Mental health and community trusts, Q1 2025/26", "final segment", counts, 25))
                .isEqualTo("Mental health and community trusts, Q1 2025/26: 25 trusts rated; 13 with final segment 1, "
                        + "12 with final segment 2 and 0 with final segment 3.");
        assertThat(RatingCharts.sentence("Ambulance trusts", "star rating", Map.of("3", 1), 1))
                .isEqualTo("Ambulance trusts: 1 trust rated; 1 with star rating 3.");
    }

    @Test
    void aTablesNameReadsAsATitle() {
        assertThat(List.of(LeagueView.title("league-table.csv"), LeagueView.title("trust_summary.csv")))
                .containsExactly("League table", "Trust summary");
    }
}
