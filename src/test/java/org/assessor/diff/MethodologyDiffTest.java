package org.assessor.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.assessor.MethodologyCopy;
import org.assessor.Projects;
import org.assessor.diff.Change.Area;
import org.assessor.diff.Change.Field;
import org.assessor.diff.Change.Kind;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.WhatIf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The methodology diff finds every kind of change, and only changes: B is the 2003/04 star ratings with one edit of
 * each kind; A the same methodology unedited (under another id, which is not a difference).
 */
class MethodologyDiffTest {
    private static final String SUMMARY = "insert(new Result($a, \"key_target_summary\", $summary));";
    private static final String SUMMARY_RULE = "rule \"The key-target points fall in the sector's summary band\"";

    @TempDir
    static Path home;
    private static Methodology a;
    private static Methodology b;

    @BeforeAll
    static void twoVersions() {
        MethodologyCopy.starRatings("a").writeTo(home);
        MethodologyCopy.starRatings("b")
                .yaml("rating:\n", "limits: {firings_per_rating: 100}\nrating:\n")
                .yaml("label: 12-hour waits for emergency admission}", "label: trolley waits}")
                .yaml("      high: {}\n", "      high: {label: high (the best)}\n")
                .yaml("key_target_points: {label: key-target points}", "key_target_points: {label: key-target total}")
                .yaml("achieved: {value: 0,", "achieved: {value: 2,")
                .yaml("confidence: derived}", "confidence: assumed}")
                .yaml("parameters:\n", "parameters:\n  extra_weight: {value: 5, unit: points, description: A new weight., "
                        + "reference: \"a new source\", confidence: assumed}\n")
                .rule("1-key-targets.drl", SUMMARY, SUMMARY.replace("$summary)", "\"pass\")"))
                .rule("1-key-targets.drl", SUMMARY_RULE, """
                        rule "Every trust is noted"
                        when
                            $a : Assessment()
                        then
                            insert(new Result($a, "noted", true));
                        end

                        """ + SUMMARY_RULE)
                .writeTo(home);
        Methodologies methodologies = new Methodologies(home);
        a = methodologies.load("a");
        b = methodologies.load("b");
    }

    @Test
    void aMethodologyAgainstItselfHasNoDifferences() {
        MethodologyDiff diff = MethodologyDiff.of(a, a);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.summary()).isEqualTo("no differences");
    }

    @Test
    void everyEditIsFoundOnceInItsAreaAndNothingElse() {
        MethodologyDiff diff = MethodologyDiff.of(a, b);

        assertThat(diff.changes()).extracting(Change::area, Change::name, Change::kind).containsExactly(
                tuple(Area.SETTING, "limits", Kind.ADDED),
                tuple(Area.INPUT, "emergency_admission_12_hour_waits", Kind.CHANGED),
                tuple(Area.DOMAIN, "focus_area_level", Kind.CHANGED),
                tuple(Area.OUTPUT, "key_target_points", Kind.CHANGED),
                tuple(Area.PARAMETER, "key_target_points.achieved", Kind.CHANGED),
                tuple(Area.PARAMETER, "extra_weight", Kind.ADDED),
                tuple(Area.RULE, "The key-target points fall in the sector's summary band", Kind.CHANGED),
                tuple(Area.RULE, "Every trust is noted", Kind.ADDED));
        assertThat(diff.summary()).isEqualTo(
                "settings: 1 added; inputs: 1 changed; domains: 1 changed; outputs: 1 changed; parameters: 1 added, 1 changed; "
                        + "rules: 1 added, 1 changed");
        assertThat(only(diff, "emergency_admission_12_hour_waits").fields())
                .containsExactly(new Field("label", "12-hour waits for emergency admission", "trolley waits"));
        assertThat(only(diff, "focus_area_level").fields()).extracting(Field::name).containsExactly("values");
    }

    @Test
    void aChangedParameterListsTheFieldsThatDifferWithOldAndNewValues() {
        Change achieved = only(MethodologyDiff.of(a, b), "key_target_points.achieved");

        assertThat(achieved.fields()).containsExactly(new Field("value", "0", "2"), new Field("confidence", "derived", "assumed"));
    }

    @Test
    void anAddedParameterHasAllItsFieldsAndARemovedOneTheSame() {
        Field[] all = {new Field("value", null, "5"), new Field("unit", null, "points"),
            new Field("description", null, "A new weight."), new Field("reference", null, "a new source"),
            new Field("confidence", null, "assumed")};

        assertThat(only(MethodologyDiff.of(a, b), "extra_weight").fields()).containsExactly(all);
        Change removed = only(MethodologyDiff.of(b, a), "extra_weight");
        assertThat(removed.kind()).isEqualTo(Kind.REMOVED);
        assertThat(removed.fields()).extracting(Field::name, Field::before, Field::after).containsExactly(
                tuple("value", "5", null), tuple("unit", "points", null), tuple("description", "A new weight.", null),
                tuple("reference", "a new source", null), tuple("confidence", "assumed", null));
    }

    @Test
    void aBandReadsAsItsBounds() {
        Methodology wider = WhatIf.apply(a, java.util.Map.of("key_target_summary.acute.pass.max", "2"));

        Change pass = only(MethodologyDiff.of(a, wider), "key_target_summary.acute.pass");
        // a what-if's value is its own source, and assumed
        assertThat(pass.fields()).extracting(Field::name).containsExactly("value", "reference", "confidence");
        assertThat(pass.fields().get(0)).isEqualTo(new Field("value", "from 0 to 1", "from 0 to 2"));
        assertThat(pass.fields().get(2)).isEqualTo(new Field("confidence", "derived", "assumed"));
    }

    @Test
    void aChangedRuleIsAUnifiedDiffOfItsDrlAndAnAddedOneItsWholeText() {
        MethodologyDiff diff = MethodologyDiff.of(a, b);

        Change changed = only(diff, "The key-target points fall in the sector's summary band");
        assertThat(changed.fields()).containsExactly(new Field("file", "1-key-targets.drl:13", "1-key-targets.drl:20"));
        assertThat(changed.drl()).containsExactly(
                "@@ -25,4 +32,4 @@",
                " then",
                "     insert(new Result($a, \"key_target_points\", $total));",
                "-    " + SUMMARY,
                "+    " + SUMMARY.replace("$summary)", "\"pass\")"),
                " end");
        Change added = only(diff, "Every trust is noted");
        assertThat(added.drl()).containsExactly("+rule \"Every trust is noted\"", "+when", "+    $a : Assessment()",
                "+then", "+    insert(new Result($a, \"noted\", true));", "+end");
        assertThat(only(MethodologyDiff.of(b, a), "Every trust is noted").drl()).first().isEqualTo("-rule \"Every trust is noted\"");
    }

    @Test
    void theShippedVariantDiffersFromItsBaseInTheSectorsThatLoseClinicalGovernance() {
        Methodologies project = new Methodologies(Projects.HOME);
        MethodologyDiff diff = MethodologyDiff.of(project.load("star-ratings-2003-04"), project.load("star-ratings-2004-05"));

        assertThat(diff.in(Area.SECTOR)).extracting(Change::name).containsExactly("ambulance", "pct", "mental_health");
        assertThat(DiffText.lines(diff)).contains("  changed pct", "      inputs: without clinical_governance");
        assertThat(diff.in(Area.RULE)).isEmpty();
        assertThat(diff.in(Area.PARAMETER)).isEmpty();
    }

    @Test
    void theJsonHasEveryChangeWithLowerCaseKindsAndAreas() {
        String json = DiffText.json(MethodologyDiff.of(a, b));

        assertThat(json).contains("\"area\" : \"parameters\"", "\"kind\" : \"added\"", "\"name\" : \"extra_weight\"",
                "\"before\" : null", "\"version\" : \"" + b.version() + "\"");
    }

    private static Change only(MethodologyDiff diff, String name) {
        List<Change> named = diff.changes().stream().filter(c -> c.name().equals(name)).toList();
        assertThat(named).hasSize(1);
        return named.get(0);
    }
}
