package org.assessor.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.assessor.distribution.Distribution;
import org.assessor.trend.Trend.Count;
import org.assessor.trend.Trend.Streak;
import org.junit.jupiter.api.Test;

/** Year on year over the demo data in src/test/resources/trend (see its README). */
class TrendTest {
    private static final Path DEMO = Path.of("src/test/resources/trend");
    private static final List<String> YEARS = List.of("2003-04", "2004-05", "2005-06-whatif");
    private static final List<String> SYNTHETIC = List.of("2005-06", "2006-07", "2007-08");

    private static Trend rated() {
        List<RatingsFile> files = YEARS.stream()
                .map(y -> RatingsFile.read(DEMO.resolve(y).resolve("ratings.csv"), y, List.of("rating"))).toList();
        return new Trend(files, Attributes.NONE, new Trend.Options(List.of("rating"), List.of(), null, null, List.of()));
    }

    private static Trend synthetic() {
        List<RatingsFile> files = SYNTHETIC.stream().map(y -> RatingsFile.read(DEMO.resolve("synthetic").resolve(y + ".csv"), y,
                List.of("quality_of_services", "use_of_resources"))).toList();
        return new Trend(files, Attributes.read(DEMO.resolve("synthetic/attributes.csv")),
                new Trend.Options(List.of("quality_of_services", "use_of_resources"), List.of("weak", "fair", "good", "excellent"),
                        null, null, List.of("foundation_trust", "region")));
    }

    @Test
    void repeatedPoorPerformanceCountsTheZeroStarTrustsOfConsecutiveYears() {
        Trend trend = rated();
        List<Set<String>> zeroStars = trend.years().stream().map(y -> y.rows().stream()
                .filter(r -> r.get("rating").equals("0")).map(RatingsFile.Row::key).collect(Collectors.toSet())).toList();
        Set<String> twoYears = new HashSet<>(zeroStars.get(0));
        twoYears.retainAll(zeroStars.get(1));
        Set<String> threeYears = new HashSet<>(twoYears);
        threeYears.retainAll(zeroStars.get(2));
        Set<String> lastTwoOnly = new HashSet<>(zeroStars.get(1));
        lastTwoOnly.retainAll(zeroStars.get(2));
        lastTwoOnly.removeAll(zeroStars.get(0));

        List<Streak> streaks = trend.streaks(TrendOutput.LOWEST, trend.lowestCategory());

        assertThat(trend.lowest("rating")).isEqualTo("0");
        assertThat(streaks).hasSize(19).hasSize(threeYears.size() + lastTwoOnly.size()
                + (int) twoYears.stream().filter(k -> !threeYears.contains(k)).count());
        assertThat(streaks).filteredOn(s -> s.years().size() == 3).hasSize(threeYears.size())
                .allMatch(Streak::current);
        List<Count> all = trend.counts(trend.lowestCategory()).stream().filter(c -> c.groupBy().equals("all")).toList();
        assertThat(all).extracting(Count::inCategory).containsExactly(21, 19, 20);
        assertThat(all).extracting(Count::running).containsExactly(0, 19, 19);
    }

    @Test
    void theDistributionChangeIsInPercentagePointsOfEachSector() {
        Distribution d = rated().distribution(List.of("acute", "specialist", "ambulance", "pct", "mental_health"));

        assertThat(d.columns()).isEqualTo(YEARS);
        assertThat(d.sectors()).containsExactly("acute", "ambulance", "pct", "mental_health", Distribution.ALL);
        assertThat(d.count("pct", "3", 2)).isEqualTo(14);
        assertThat(d.total("pct", 2)).isEqualTo(116);
        assertThat(d.changePp("pct", "3", 2)).isCloseTo(100.0 * 14 / 116 - 100.0 * 3 / 116, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Distribution.changeText(d.changePp("ambulance", "0", 1))).isEqualTo("-5.3");
    }

    @Test
    void doubleWeakAndDoubleExcellentAreCountedPerYearWithTheYearBefore() {
        Trend trend = synthetic();

        List<Count> low = trend.counts(trend.both(false)).stream().filter(c -> c.groupBy().equals("all")).toList();
        List<Count> high = trend.counts(trend.both(true)).stream().filter(c -> c.groupBy().equals("all")).toList();

        assertThat(low).extracting(Count::inCategory).containsExactly(3, 4, 2);
        assertThat(low).extracting(Count::running).containsExactly(0, 2, 1);
        assertThat(high).extracting(Count::inCategory).containsExactly(2, 1, 2);
        assertThat(trend.streaks(TrendOutput.DOUBLE_LOWEST, trend.both(false)))
                .extracting(s -> s.organisation() + " " + s.years().size() + " " + s.current())
                .containsExactly("Synthetic Trust A 2 false", "Synthetic Trust B 2 true", "Synthetic Trust H 2 false");
    }

    @Test
    void repeatedPoorPerformanceReportsHowManyYearsRunning() {
        Trend trend = synthetic();

        assertThat(trend.streaks(TrendOutput.LOWEST, trend.lowestCategory()))
                .extracting(s -> s.organisation() + ": " + String.join(",", s.years()) + (s.current() ? " (current)" : ""))
                .containsExactly("Synthetic Trust A: 2005-06,2006-07,2007-08 (current)",
                        "Synthetic Trust B: 2005-06,2006-07,2007-08 (current)",
                        "Synthetic Trust F: 2006-07,2007-08 (current)",
                        "Synthetic Trust H: 2005-06,2006-07");
    }

    @Test
    void breakdownsJoinAttributesByOrganisationAndMarkTrustsWithoutThem() {
        Trend trend = synthetic();

        Distribution foundation = trend.breakdown("foundation_trust");
        List<Count> excellent = trend.counts(trend.both(true)).stream().filter(c -> c.groupBy().equals("foundation_trust")).toList();

        assertThat(foundation.sectors()).containsExactly(Attributes.UNKNOWN, "no", "yes", Distribution.ALL);
        assertThat(foundation.count("yes", "excellent", 0)).isEqualTo(2);
        assertThat(foundation.total(Attributes.UNKNOWN, 2)).isZero();
        assertThat(excellent).filteredOn(c -> c.group().equals("no")).allMatch(c -> c.inCategory() == 0);
        assertThat(excellent).filteredOn(c -> c.group().equals("yes")).extracting(Count::inCategory).containsExactly(2, 1, 2);
    }
}
