package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.assessor.Projects;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.RuleFile;
import org.assessor.rules.AllowList.Policy;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class AllowListTest {
    private static final Policy STRICT = Policy.strict("assessor.hostile", "assessor.ok", "assessor.bad");


    @TestFactory
    Stream<DynamicTest> everyMethodologysRulesPass() {
        Methodologies methodologies = new Methodologies(Projects.HOME);
        return methodologies.ids().stream().map(id -> dynamicTest(id, () -> {
            var methodology = methodologies.load(id);
            assertThat(methodology.ruleFiles()).isNotEmpty();
            assertThat(AllowList.check(methodology.ruleFiles(), RuleBase.policy(methodology))).isEmpty();
        }));
    }

    @Test
    void namesStringsAndCommentsMentioningForbiddenThingsAreNotCode() {
        RuleFile file = drl("""
                package assessor.ok;

                import org.assessor.fact.Assessment;
                import org.assessor.fact.Result;
                import java.util.*;
                import static java.lang.Math.max;

                declare Band
                    lowest : double
                end

                // System.exit would be refused, but not in a comment
                rule "System, Runtime and Thread are only words here"
                    @explain("Class.forName(java.io.File) in {$text}")
                when
                    $a : Assessment( sector != "Runtime.getRuntime()", $text : organisation )
                    $all : List() from collect( Result( assessment == $a ) )
                then
                    /* new Thread() */
                    insert(new Result($a, "rating", max(java.util.Objects.hash($text), 0) + Math.abs(-1)));
                    insert(new Band(0.5));
                end
                """);
        assertThat(AllowList.check(List.of(file), STRICT)).isEmpty();
    }

    @Test
    void everydayRuleIdiomsPass() {
        RuleFile file = drl("""
                package assessor.ok;

                import java.math.BigDecimal;
                import java.util.List;
                import org.assessor.fact.*;

                rule "Idioms"
                    salience 10
                    no-loop true
                    date-effective "1-Apr-2003"
                when
                    $a : Assessment( sector in ("acute", "specialist"), organisation matches "R[A-Z0-9]+" )
                    $p : Param( name == "x.y", $n : number != null, this.includes(0.5) )
                    not Result( assessment == $a, name str[startsWith] "rat" )
                    accumulate( Score( assessment == $a, $s : points ); $avg : average($s), $all : collectList($s) )
                    $r : Result( assessment == $a, value instanceof Double, this != $p )
                then
                    double rounded = Math.round(((Number) $r.getValue()).doubleValue() * 10) / 10.0;
                    List<Object> values = List.of($avg, 1_000, 10L, 1e3, new BigDecimal("2.5"));
                    String text = String.format("%.1f of %s", rounded, $a.getAttributes().get("region"));
                    modify($r) { setValue(Double.compare(rounded, $n) > 0 ? rounded : $n) };
                    insert(new Result($a, "text", text));
                    delete($p);
                end
                """);
        assertThat(AllowList.check(List.of(file), STRICT)).isEmpty();
    }

    @Test
    void evalAndFunctionsAreAllowedOnlyByThePolicy() {
        RuleFile eval = HostileSamples.read("eval-condition.drl").file();
        assertThat(AllowList.check(List.of(eval), new Policy(STRICT.packages(), false, true))).isEmpty();

        // an allowed function block is still checked: its body calls Runtime
        RuleFile function = HostileSamples.read("function-block.drl").file();
        assertThat(AllowList.check(List.of(function), new Policy(STRICT.packages(), true, false))).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.at()).isEqualTo("function \"wipe\""))
                .first().satisfies(problem -> assertThat(problem.message()).startsWith("`Runtime`"));
    }

    @Test
    void aProblemSaysWhatWasFoundWhereAndWhy() {
        RuleFile file = HostileSamples.read("fqn-runtime.drl").file();
        assertThat(AllowList.check(List.of(file), STRICT)).first().hasToString(file.path()
                + ":14:15: rule \"Halt the JVM\": `Runtime`: reaches the JVM process or its environment");
    }

    @Test
    void aParseErrorIsAProblemWithItsPlace() {
        RuleFile file = drl("package assessor.bad;\n\nrule \"Unfinished\"\nwhen\nthen\n    insert(1)\n");
        assertThat(AllowList.check(List.of(file), STRICT)).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.line()).isPositive());
    }

    @Test
    void requireAllowedThrowsWithEveryProblem() {
        List<RuleFile> files = List.of(HostileSamples.read("system-exit.drl").file(), HostileSamples.read("thread.drl").file());
        assertThatThrownBy(() -> AllowList.requireAllowed(files, STRICT))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems())
                        .extracting(Problem::file).containsExactly(files.get(0).path().toString(),
                                files.get(1).path().toString()));
    }

    private static RuleFile drl(String text) {
        return new RuleFile(Path.of("test.drl"), text);
    }
}
