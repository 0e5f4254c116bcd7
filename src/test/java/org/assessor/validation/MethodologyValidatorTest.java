package org.assessor.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assessor.MethodologyCopy;
import org.assessor.Projects;
import org.assessor.cases.CaseResult;
import org.assessor.methodology.Methodologies;
import org.assessor.system.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One fixture per kind of problem {@code validate} must find: the project's 2003/04 methodology copied
 * under its own id with one thing broken, and the problem expected at its file, line and YAML path or rule.
 */
class MethodologyValidatorTest {
    private static final String HIGH_FOCUS_AREA = "high: {value: 3, description: A high focus area scores three., "
            + "reference: \"docs/methodologies/star-ratings-2003-04.md#balanced-scorecard; NHS performance ratings 2003/2004 (Healthcare Commission, July 2004), the sector tables' focus-area columns, from p. 12; derived: reproduces every published row\", confidence: derived}";
    private static final String FAIL_STARS = "Param(name == \"star_rating.fail.stars\", $stars : number)";
    private static final String FAIL_RULE = "rule \"A key-target fail gives the fail rating\"";

    @TempDir
    Path home;

    // ------------------------------------------------------------------ the project's own methodologies

    @Test
    void theProjectsMethodologiesValidateWithoutProblems() {
        Methodologies methodologies = new Methodologies(Projects.HOME);
        for (String id : methodologies.ids()) {
            Validation validation = new MethodologyValidator(methodologies).validate(id);

            assertThat(validation.problems()).as(id).isEmpty();
            assertThat(validation.failedCases()).as(id).isEmpty();
            assertThat(validation.cases()).as(id).isNotEmpty();
            assertThat(validation.ok()).as(id).isTrue();
        }
    }

    // ------------------------------------------------------------------ configuration

    @Test
    void aValueOfTheWrongTypeForTheSchemaIsReportedAtItsKey() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-schema")
                .yaml("title: NHS performance ratings 2003/04 (star ratings)", "title: 42");

        Problem problem = onlyProblem(copy);

        assertThat(problem.file()).isEqualTo(config(copy).toString());
        assertThat(problem.line()).isEqualTo(configLine(copy, "title: 42"));
        assertThat(problem.column()).isEqualTo(1);
        assertThat(problem.at()).isEqualTo("title");
        assertThat(problem.message()).startsWith("schema: ").contains("string expected");
    }

    @Test
    void aConfidenceOutsideTheSchemasListIsReportedOnceAtItsKey() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-confidence")
                .yaml("confidence: published}", "confidence: certain}");

        Problem problem = onlyProblem(copy);

        assertThat(problem.line()).isEqualTo(configLine(copy, "confidence: certain}"));
        assertThat(problem.at()).isEqualTo("parameters.star_rating.fail.stars.confidence");
        assertThat(problem.message()).isEqualTo("confidence 'certain' is not one of published, derived, assumed");
    }

    @Test
    void aParameterValueThatIsAListIsReportedInsteadOfFailingTheProgram() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-list-value")
                .yaml("high: {value: 3,", "high: {value: [3],");

        Problem problem = onlyProblem(copy);

        assertThat(problem.line()).isEqualTo(configLine(copy, "high: {value: [3],"));
        assertThat(problem.at()).isEqualTo("parameters.focus_area_points.high.value");
        assertThat(problem.message()).isEqualTo("expected a number, text or true/false, found a list");
    }

    @Test
    void anUnknownKeyIsReportedWithTheKeysAllowedThere() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-unknown-key")
                .yaml("publisher: Healthcare Commission\n", "publisher: Healthcare Commission\ncolour: blue\n");

        Problem problem = onlyProblem(copy);

        assertThat(problem.file()).isEqualTo(config(copy).toString());
        assertThat(problem.line()).isEqualTo(configLine(copy, "colour: blue"));
        assertThat(problem.column()).isEqualTo(1);
        assertThat(problem.at()).isEqualTo("colour");
        assertThat(problem.message()).startsWith("unknown key 'colour'; allowed here: ").contains("publisher", "parameters");
    }

    @Test
    void aDuplicateKeyIsReportedOnceAtTheSecondOccurrence() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-duplicate-key")
                .yaml("      borderline: {min: 2, max: 3, description: Borderline band for PCTs.",
                        "      pass: {min: 2, max: 3, description: Borderline band for PCTs.");

        Problem problem = onlyProblem(copy);

        assertThat(problem.line()).isEqualTo(configLine(copy, "pass: {min: 2, max: 3, description: Borderline band for PCTs."));
        assertThat(problem.message()).isEqualTo("duplicate key 'pass'; a key may appear once in a map");
    }

    @Test
    void aParameterWithoutReferenceIsReportedAtTheParameter() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-no-reference")
                .yaml(HIGH_FOCUS_AREA, "high: {value: 3, description: A high focus area scores three., confidence: derived}");

        Problem problem = onlyProblem(copy);

        assertThat(problem.line()).isEqualTo(configLine(copy, "high: {value: 3, description: A high focus area scores three., confidence"));
        assertThat(problem.at()).isEqualTo("parameters.focus_area_points.high");
        assertThat(problem.message()).isEqualTo("parameter has no reference");
    }

    @Test
    void aParameterWithoutConfidenceIsReportedAtTheParameter() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-no-confidence")
                .yaml(HIGH_FOCUS_AREA, "high: {value: 3, description: A high focus area scores three., reference: spec step 2}");

        Problem problem = onlyProblem(copy);

        assertThat(problem.line()).isEqualTo(configLine(copy, "reference: spec step 2}"));
        assertThat(problem.at()).isEqualTo("parameters.focus_area_points.high");
        assertThat(problem.message()).isEqualTo("parameter has no confidence");
    }

    @Test
    void overlappingBandsAreReportedAtTheLaterBand() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-overlapping-bands")
                .yaml("borderline: {min: 2, max: 3, description: Borderline band for PCTs.",
                        "borderline: {min: 1, max: 3, description: Borderline band for PCTs.");

        Validation validation = validate(copy);

        assertThat(problemAt(validation, "parameters.key_target_summary.pct.borderline")).satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(config(copy).toString());
            assertThat(problem.line()).isEqualTo(configLine(copy, "borderline: {min: 1, max: 3, description: Borderline band for PCTs."));
            assertThat(problem.column()).isEqualTo(7);
            assertThat(problem.message()).isEqualTo("band (1–3) overlaps pass (0–1)");
        });
        // and what it does: a trust whose total lies in both bands is summarised twice, an error rather than either
        assertThat(problemAt(validation, "sectors.pct").message()).contains(
                "a trust of this sector gets no rating when access_gp is underachieved",
                "more than one result named key_target_points, key_target_summary, rating; a result has one value");
        assertThat(validation.problems()).hasSize(2);
    }

    @Test
    void bandsWithAGapAreReportedAtTheBandAfterIt() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-band-gap")
                .yaml("moderate_fail: {min: 4, max: 5, description: Moderate-fail band for mental health",
                        "moderate_fail: {min: 4, max: 4, description: Moderate-fail band for mental health");

        Validation validation = validate(copy);

        assertThat(problemAt(validation, "parameters.key_target_summary.mental_health.fail")).satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(configLine(copy, "fail: {min: 6, description: Fail band for mental health trusts."));
            assertThat(problem.message()).isEqualTo("gap between moderate_fail (4–4) and fail (6–)");
        });
        // the gap shows in the cases too: 5 points is now no band's
        assertThat(validation.failedCases()).extracting(CaseResult::name)
                .containsExactly("A mental health trust with 5 key-target points is still a moderate fail with one star");
    }

    @Test
    void aParameterNoRuleReadsIsReportedAtTheParameter() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-unread-parameter")
                .yaml("    moderate_fail:\n      stars: {value: 1,",
                        "    moderate_fail:\n      note: {value: 1, description: Unused., reference: \"docs/methodologies/star-ratings-2003-04.md#star-rating; a test\", confidence: assumed}\n      stars: {value: 1,");

        Problem problem = onlyProblem(copy);

        assertThat(problem.line()).isEqualTo(configLine(copy, "note: {value: 1, description: Unused."));
        assertThat(problem.column()).isEqualTo(7);
        assertThat(problem.at()).isEqualTo("parameters.star_rating.moderate_fail.note");
        assertThat(problem.message()).isEqualTo("no rule reads this parameter");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        text where a rule reads a number   | stars: {value: 1,    | stars: {value: one,   | is text, 'one'
        a quoted number                     | stars: {value: 1,    | stars: {value: "1",   | is text, '1'
        a decimal comma                     | stars: {value: 1,    | stars: {value: '1,5', | is text, '1,5'
        true/false where a number is read   | stars: {value: 1,    | stars: {value: true,  | is true/false, 'true'
        """)
    void aParameterWhoseValueDoesNotFitHowTheRulesReadItIsReportedAtItsValue(String what, String old, String broken,
                                                                             String found) {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-type")
                .yaml("    moderate_fail:\n      " + old, "    moderate_fail:\n      " + broken);

        Validation validation = validate(copy);
        Problem problem = problemAt(validation, "parameters.star_rating.moderate_fail.stars.value");

        assertThat(validation.ok()).isFalse();
        assertThat(problem.file()).isEqualTo(config(copy).toString());
        assertThat(problem.line()).isEqualTo(configLine(copy, broken));
        assertThat(problem.column()).isEqualTo(15);
        assertThat(problem.message()).isEqualTo("rule \"A moderate fail gives the moderate-fail rating\" ("
                + rule(copy, "3-star-rating.drl") + ":24:11) reads this parameter as a number, but it " + found);
        // the rules are not run on a value they cannot read: no Java exception's words in any message
        assertThat(validation.problems()).extracting(Problem::toString).noneMatch(text -> text.contains("java.lang"))
                .anyMatch(text -> text.endsWith("sector coverage and the cases were not run: a parameter's value does not fit "
                        + "how a rule reads it (reported at its place)"));
        assertThat(validation.cases()).isEmpty();
    }

    @Test
    void aParameterReadInsideATwoPatternAccumulateIsCheckedLikeAnyOther() {
        // the key-target points are read as numbers only inside "accumulate( Input(...) and Param(...); ...)"
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-summed-type")
                .yaml("    achieved: {value: 0,", "    achieved: {value: zero,");

        Validation validation = validate(copy);
        Problem problem = problemAt(validation, "parameters.key_target_points.achieved.value");

        assertThat(problem.line()).isEqualTo(configLine(copy, "achieved: {value: zero,"));
        assertThat(problem.message()).isEqualTo("rule \"The key-target points fall in the sector's summary band\" ("
                + rule(copy, "1-key-targets.drl") + ":18:37) reads this parameter as a number, but it is text, 'zero'");
        assertThat(validation.problems()).extracting(Problem::toString).noneMatch(text -> text.contains("java.lang"));
    }

    @Test
    void aBandWhereARuleReadsANumberIsReportedAtTheBand() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-band-type")
                .yaml("    moderate_fail:\n      stars: {value: 1,", "    moderate_fail:\n      stars: {min: 1, max: 1,");

        Problem problem = problemAt(validate(copy), "parameters.star_rating.moderate_fail.stars");

        assertThat(problem.message()).endsWith("reads this parameter as a number, but it is a band (min/max) without a value");
    }

    @Test
    void ratingRefusesAParameterWhoseValueDoesNotFitBeforeAnyRuleRuns() {
        MethodologyCopy.starRatings("broken-rate-type").yaml("    moderate_fail:\n      stars: {value: 1,",
                "    moderate_fail:\n      stars: {value: one,").writeTo(home);
        org.assessor.rating.RatingService service = new org.assessor.rating.RatingService(new Methodologies(home));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.rules(service.methodologies().load("broken-rate-type")))
                .isInstanceOfSatisfying(org.assessor.system.ProblemException.class, e -> assertThat(e.problems())
                        .singleElement().hasToString(home.resolve("methodology-configs/broken-rate-type.yaml") + ":"
                                + MethodologyCopy.lineOf(home, "methodology-configs/broken-rate-type.yaml", "stars: {value: one,")
                                + ":15: parameters.star_rating.moderate_fail.stars.value: rule \"A moderate fail gives the moderate-fail "
                                + "rating\" (" + home.resolve("rules/broken-rate-type/3-star-rating.drl") + ":24:11) reads this "
                                + "parameter as a number, but it is text, 'one'"));
    }

    @Test
    void aPointsParameterKeyedByAValueNoInputCanTakeIsUnread() {
        // rules read key_target_points by an input's status, so a misspelt status is read by nothing
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-points-key")
                .yaml("    underachieved: {value: 1,", "    underachived: {value: 1,");

        Validation validation = validate(copy);

        assertThat(problemAt(validation, "parameters.key_target_points.underachived").message()).isEqualTo("no rule reads this parameter");
        assertThat(problemAt(validation, "sectors.acute").message()).contains("no rating when emergency_admission_12_hour_waits is underachieved");
    }

    @Test
    void aRuleReadingAParameterThatDoesNotExistIsReportedAtTheConstraint() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-missing-parameter")
                .rule("3-star-rating.drl", "name == \"star_rating.fail.stars\"", "name == \"star_rating.fail.star\"");

        Validation validation = validate(copy);

        Path drl = rule(copy, "3-star-rating.drl");
        assertThat(problemAt(validation, FAIL_RULE)).satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(drl.toString());
            assertThat(problem.line()).isEqualTo(MethodologyCopy.lineOf(home, relative(drl), "name == \"star_rating.fail.star\""));
            assertThat(problem.column()).isEqualTo(11);
            assertThat(problem.message()).isEqualTo("reads parameter name 'star_rating.fail.star', which the configuration does not define");
        });
        // the parameter the rule meant to read is now read by none
        assertThat(problemAt(validation, "parameters.star_rating.fail.stars").message()).isEqualTo("no rule reads this parameter");
    }

    @Test
    void aSectorWithoutItsSummaryBandsIsReportedAtTheSectorAndAtTheRuleThatReadsThem() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-sector")
                .yaml("    ambulance:\n      pass: {min: 0, max: 0,", "    ambulance_trusts:\n      pass: {min: 0, max: 0,");

        Validation validation = validate(copy);

        assertThat(problemAt(validation, "sectors.ambulance")).satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(config(copy).toString());
            assertThat(problem.line()).isEqualTo(configLine(copy, "  ambulance:"));
            assertThat(problem.message()).startsWith("a trust of this sector gets no rating when every input takes its domain's first value")
                    .contains("no rule of broken-sector gave a rating");
        });
        assertThat(problemAt(validation, "rule \"The key-target points fall in the sector's summary band\"")).satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(rule(copy, "1-key-targets.drl").toString());
            assertThat(problem.line()).isEqualTo(MethodologyCopy.lineOf(home, relative(rule(copy, "1-key-targets.drl")),
                    "group == \"key_target_summary.\" + $sector"));
            assertThat(problem.message()).isEqualTo("reads parameter group 'key_target_summary.ambulance' ($sector = ambulance), "
                    + "which the configuration does not define");
        });
        // bands for a sector that does not exist are read by no rule
        assertThat(problemAt(validation, "parameters.key_target_summary.ambulance_trusts.pass").message()).isEqualTo("no rule reads this parameter");
    }

    @Test
    void aDatedParameterWithNoValueInForceOnTheDateIsReportedAtItsValues() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-dated-parameter")
                .yaml("period: 2003-04\n", "period: 2003-04\nas_of: 2003-04-01\n")
                .yaml("high: {value: 3,", "high: {values: {2004-04-01: 3},");

        Problem problem = onlyProblem(copy);

        assertThat(problem.line()).isEqualTo(configLine(copy, "high: {values: {2004-04-01: 3},"));
        assertThat(problem.column()).isEqualTo(12);
        assertThat(problem.at()).isEqualTo("parameters.focus_area_points.high.values");
        assertThat(problem.message()).isEqualTo("no value in force on 2003-04-01; the earliest takes effect later");
    }

    // ------------------------------------------------------------------ extends

    @Test
    void extendingAnUnknownMethodologyIsReportedAtExtends() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-extends-unknown")
                .yaml("title: NHS", "extends: star-ratings-1999-00\ntitle: NHS");

        Problem problem = onlyProblem(copy);

        assertThat(problem.line()).isEqualTo(configLine(copy, "extends: star-ratings-1999-00"));
        assertThat(problem.at()).isEqualTo("extends");
        assertThat(problem.message()).isEqualTo("extends unknown methodology 'star-ratings-1999-00'");
    }

    @Test
    void methodologiesThatExtendEachOtherAreReportedAsACycle() {
        MethodologyCopy.starRatings("broken-cycle-b").yaml("title: NHS", "extends: broken-cycle-a\ntitle: NHS").writeTo(home);
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-cycle-a").yaml("title: NHS", "extends: broken-cycle-b\ntitle: NHS");

        Problem problem = onlyProblem(copy);

        // found while loading b, the methodology a extends
        Path b = home.resolve("methodology-configs/broken-cycle-b.yaml");
        assertThat(problem.file()).isEqualTo(b.toString());
        assertThat(problem.line()).isEqualTo(MethodologyCopy.lineOf(home, relative(b), "extends: broken-cycle-a"));
        assertThat(problem.at()).isEqualTo("extends");
        assertThat(problem.message()).isEqualTo("extends forms a cycle: broken-cycle-a extends broken-cycle-b extends broken-cycle-a");
    }

    @Test
    void aParameterAChildInheritsButNoLongerReadsIsReportedInTheParentsFile() throws IOException {
        MethodologyCopy.starRatings("parent").writeTo(home);
        Path child = Files.createDirectories(home.resolve("rules/child"));
        Files.writeString(home.resolve("methodology-configs/child.yaml"), "id: child\nextends: parent\ntitle: A child\n");
        Files.writeString(home.resolve("methodology-configs/child.tests.yaml"), Files.readString(home.resolve("methodology-configs/parent.tests.yaml"))
                .replace("methodology: parent", "methodology: child"));
        // the child's own clinical-governance rules leave out the cap for "strengths"
        String rules = Files.readString(Projects.HOME.resolve("rules/star-ratings-2003-04/4-clinical-governance.drl"));
        int cap = rules.indexOf("rule \"Clinical-governance strengths cap the rating\"");
        int next = rules.indexOf("rule \"", cap + 1);
        Files.writeString(child.resolve("4-clinical-governance.drl"), (rules.substring(0, cap) + rules.substring(next))
                .replace("package assessor.star_ratings_2003_04;", "package assessor.child;"));

        Validation validation = new MethodologyValidator(new Methodologies(home)).validate("child");

        Path parent = home.resolve("methodology-configs/parent.yaml");
        assertThat(problemAt(validation, "parameters.clinical_governance.strengths_max_stars")).satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(parent.toString());
            assertThat(problem.line()).isEqualTo(MethodologyCopy.lineOf(home, relative(parent), "strengths_max_stars: {value: 2"));
            assertThat(problem.message()).isEqualTo("no rule reads this parameter");
        });
        assertThat(validation.failedCases()).isNotEmpty().allSatisfy(c -> assertThat(c.name()).contains("strengths"));
    }

    // ------------------------------------------------------------------ rules

    @Test
    void aDrlSyntaxErrorIsReportedWithItsLine() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-drl-syntax")
                .rule("3-star-rating.drl", FAIL_STARS, "Param(name == \"star_rating.fail.stars\", $stars : number");

        Problem problem = onlyProblem(copy);

        Path drl = rule(copy, "3-star-rating.drl");
        assertThat(problem.file()).isEqualTo(drl.toString());
        // the parser notices the missing ")" at the next token, "then" on the following line
        assertThat(problem.line()).isEqualTo(MethodologyCopy.lineOf(home, relative(drl), "\"star_rating.fail.stars\", $stars : number") + 1);
        assertThat(problem.message()).contains("mismatched input 'then'", "A key-target fail gives the fail rating");
    }

    @Test
    void aConstraintOnAFieldThatDoesNotExistGetsItsLineAndRuleFromTheDrl() {
        // the executable model reports this with line -1; the place comes from the project's own parse
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-drl-field")
                .rule("3-star-rating.drl", "name == \"key_target_summary\", value == \"fail\")", "name == \"key_target_summary\", grade == \"fail\")");

        Problem problem = onlyProblem(copy);

        Path drl = rule(copy, "3-star-rating.drl");
        assertThat(problem.file()).isEqualTo(drl.toString());
        assertThat(problem.line()).isEqualTo(MethodologyCopy.lineOf(home, relative(drl), "grade == \"fail\""));
        assertThat(problem.column()).isEqualTo(59);
        assertThat(problem.at()).isEqualTo(FAIL_RULE);
        assertThat(problem.message()).contains("grade == \"fail\"");
    }

    @Test
    void anErrorInAConsequenceIsReportedInTheDrlNotTheGeneratedJava() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-drl-consequence")
                .rule("3-star-rating.drl", "    insert(new Result($a, \"rating\", $stars));", "    insert(new Result($a, \"rating\", $star));");

        Problem problem = onlyProblem(copy);

        Path drl = rule(copy, "3-star-rating.drl");
        assertThat(problem.file()).isEqualTo(drl.toString());
        assertThat(problem.line()).isEqualTo(MethodologyCopy.lineOf(home, relative(drl), "$star)"));
        assertThat(problem.column()).isEqualTo(37);
        assertThat(problem.at()).isEqualTo(FAIL_RULE);
        assertThat(problem.message()).isEqualTo("$star cannot be resolved to a variable");
    }

    /** Errors the executable model reports with line -1, or in the Java it generated from a rule. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        // file                    | original text (its first place)    | broken text                         | message | rule
        "3-star-rating.drl         | Result(assessment == $a, name      | Result(assessment == $b, name       | Unable to Analyse Expression assessment == $b | A moderate fail gives the moderate-fail rating",
        "3-star-rating.drl         | name == \"key_target_summary\", value == \"fail\" | name.foo() == \"key_target_summary\", value == \"fail\" | Method foo on class java.lang.String | A key-target fail gives the fail rating",
        "3-star-rating.drl         | value == \"fail\")                  | number > \"fail\")                   | fail cannot be resolved to a variable | A key-target fail gives the fail rating",
        "3-star-rating.drl         | insert(new Result($a, \"rating\", $stars)); | insert(new Result($a, $stars)); | The constructor Result(Assessment, Double) is undefined | A key-target fail gives the fail rating",
        "4-clinical-governance.drl | setValue($max)                     | setValu($max)                       | The method setValu(Double) is undefined for the type Result | Clinical-governance strengths cap the rating",
    })
    void compileErrorsWithoutADrlLineArePlacedAtTheirRule(String file, String original, String broken, String message, String rule) {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-drl").rule(file, original, broken);

        Problem problem = onlyProblem(copy);

        Path drl = rule(copy, file);
        assertThat(problem.file()).isEqualTo(drl.toString());
        assertThat(problem.line()).isEqualTo(MethodologyCopy.lineOf(home, relative(drl), broken));
        assertThat(problem.column()).isPositive();
        assertThat(problem.at()).isEqualTo("rule \"" + rule + "\"");
        assertThat(problem.message()).startsWith(message);
    }

    // ------------------------------------------------------------------ cases

    @Test
    void aFailingCaseIsReportedAtTheCaseWithWhatDiffered() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-failing-case")
                .tests("expected: {key_target_points: 0, key_target_summary: pass, balanced_scorecard_score: 9, rating: 3}",
                        "expected: {key_target_points: 0, key_target_summary: pass, balanced_scorecard_score: 9, rating: 2}");

        Validation validation = validate(copy);

        assertThat(validation.problems()).isEmpty();
        assertThat(validation.ok()).isFalse();
        assertThat(validation.failedCases()).singleElement().satisfies(c -> {
            assertThat(c.file()).isEqualTo(tests(copy) + ":" + testsLine(copy,
                    "- name: An acute trust that achieves every key target with every focus area high gets three stars") + ":5");
            assertThat(c.failures()).containsExactly("expected rating 2, got 3");
            assertThat(c.toString()).endsWith(": case 'An acute trust that achieves every key target with every focus area high gets three stars': "
                    + "expected rating 2, got 3");
        });
    }

    @Test
    void aCaseNamingAnInputItsSectorDoesNotHaveIsReportedAtTheCase() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-case-input")
                .tests("input: {emergency_admission_12_hour_waits: underachieved, clinical_focus: medium}",
                        "input: {emergency_admission_12_hour_waits: underachieved, clinical_focus: medium, bed_occupancy: high}");

        Validation validation = validate(copy);

        assertThat(validation.failedCases()).singleElement().satisfies(c -> {
            assertThat(c.file()).startsWith(tests(copy) + ":" + (testsLine(copy, "bed_occupancy: high") - 2) + ":");
            assertThat(c.failures()).containsExactly("input 'bed_occupancy' is not used by sector acute");
        });
    }

    @Test
    void casesWrittenForAnotherMethodologyAreReported() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-case-file")
                .tests("methodology: broken-case-file\n", "methodology: star-ratings-2003-04\n");

        Problem problem = onlyProblem(copy);

        assertThat(problem.file()).isEqualTo(tests(copy).toString());
        assertThat(problem.line()).isEqualTo(testsLine(copy, "methodology: star-ratings-2003-04"));
        assertThat(problem.message()).isEqualTo("the cases are for 'star-ratings-2003-04', not broken-case-file");
    }

    // ------------------------------------------------------------------ all at once

    @Test
    void everyProblemOfAMethodologyIsReportedAtOnce() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-many")
                .yaml("title: NHS performance ratings 2003/04 (star ratings)", "title: 42")
                .yaml("borderline: {min: 2, max: 3, description: Borderline band for PCTs.", "borderline: {min: 1, max: 3, description: Borderline band for PCTs.")
                .yaml("    moderate_fail:\n      stars: {value: 1,",
                        "    moderate_fail:\n      note: {value: 1, description: Unused., reference: \"docs/methodologies/star-ratings-2003-04.md#star-rating; a test\", confidence: assumed}\n      stars: {value: 1,")
                .rule("3-star-rating.drl", "name == \"star_rating.borderline.lower_stars\"", "name == \"star_rating.borderline.lowest_stars\"")
                .tests("expected: {key_target_points: 0, key_target_summary: pass, balanced_scorecard_score: 9, rating: 3}",
                        "expected: {key_target_points: 0, key_target_summary: pass, balanced_scorecard_score: 9, rating: 2}");

        Validation validation = validate(copy);

        assertThat(validation.problems()).extracting(Problem::at).containsExactlyInAnyOrder(
                "title",
                "sectors.pct", // the overlapping bands summarise some PCTs twice
                "parameters.key_target_summary.pct.borderline",
                "parameters.star_rating.moderate_fail.note",
                "parameters.star_rating.borderline.lower_stars",
                "rule \"A borderline summary with a weaker balanced scorecard gives the lower rating\"");
        assertThat(validation.problems()).allSatisfy(problem -> assertThat(problem.line()).isPositive());
        assertThat(validation.failedCases()).extracting(CaseResult::name).contains(
                "An acute trust that achieves every key target with every focus area high gets three stars");
    }

    @Test
    void configurationProblemsDoNotHideProblemsInTheRules() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-both")
                .yaml("publisher: Healthcare Commission\n", "publisher: Healthcare Commission\ncolour: blue\n")
                .yaml("significant_strengths_pass_stars: {value: 3, description: Significant strengths with a key-target pass give three stars., ",
                        "significant_strengths_pass_stars: {value: 3, description: Significant strengths with a key-target pass give three stars., unit: [star], ")
                .rule("3-star-rating.drl", FAIL_STARS, "Param(name == \"star_rating.fail.stars\", $stars : number");

        Validation validation = validate(copy);

        assertThat(validation.problems()).extracting(Problem::file, Problem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(config(copy).toString(), configLine(copy, "colour: blue")),
                org.assertj.core.groups.Tuple.tuple(config(copy).toString(), configLine(copy, "unit: [star]")),
                org.assertj.core.groups.Tuple.tuple(rule(copy, "3-star-rating.drl").toString(),
                        MethodologyCopy.lineOf(home, relative(rule(copy, "3-star-rating.drl")), "\"star_rating.fail.stars\", $stars : number") + 1));
    }

    @Test
    void rulesTheAllowListRejectsAreReportedEvenWhenTheConfigurationDoesNotLoad() {
        MethodologyCopy copy = MethodologyCopy.starRatings("broken-hostile")
                .yaml("publisher: Healthcare Commission\n", "publisher: Healthcare Commission\ncolour: blue\n")
                .rule("3-star-rating.drl", "    insert(new Result($a, \"rating\", $stars));", "    System.exit(3);");

        Validation validation = validate(copy);

        Path drl = rule(copy, "3-star-rating.drl");
        assertThat(validation.problems()).extracting(Problem::at).containsExactly("colour", FAIL_RULE);
        assertThat(validation.problems().get(1)).satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(drl.toString());
            assertThat(problem.line()).isEqualTo(MethodologyCopy.lineOf(home, relative(drl), "System.exit(3);"));
            assertThat(problem.message()).contains("System");
        });
    }

    @Test
    void anUnknownMethodologyIsAProblemNotAnError() throws IOException {
        MethodologyCopy.starRatings("present").writeTo(home);

        Validation validation = new MethodologyValidator(new Methodologies(home)).validate("absent");

        assertThat(validation.ok()).isFalse();
        assertThat(validation.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).isEqualTo("no methodology 'absent'; available: present"));
    }

    // ------------------------------------------------------------------ helpers

    private Validation validate(MethodologyCopy copy) {
        copy.writeTo(home);
        return new MethodologyValidator(new Methodologies(home)).validate(copy.id());
    }

    /** The one problem the fixture has; the cases are not run when there is one in the configuration. */
    private Problem onlyProblem(MethodologyCopy copy) {
        Validation validation = validate(copy);
        assertThat(validation.ok()).isFalse();
        assertThat(validation.problems()).as(validation.problems().toString()).hasSize(1);
        return validation.problems().get(0);
    }

    private static Problem problemAt(Validation validation, String at) {
        List<Problem> found = validation.problems().stream().filter(p -> at.equals(p.at())).toList();
        assertThat(found).as("a problem at " + at + " among " + validation.problems()).hasSize(1);
        return found.get(0);
    }

    private Path config(MethodologyCopy copy) {
        return home.resolve("methodology-configs").resolve(copy.id() + ".yaml");
    }

    private Path tests(MethodologyCopy copy) {
        return home.resolve("methodology-configs").resolve(copy.id() + ".tests.yaml");
    }

    private Path rule(MethodologyCopy copy, String file) {
        return home.resolve("rules").resolve(copy.id()).resolve(file);
    }

    private int configLine(MethodologyCopy copy, String text) {
        return MethodologyCopy.lineOf(home, relative(config(copy)), text);
    }

    private int testsLine(MethodologyCopy copy, String text) {
        return MethodologyCopy.lineOf(home, relative(tests(copy)), text);
    }

    private String relative(Path file) {
        return home.relativize(file).toString();
    }
}
