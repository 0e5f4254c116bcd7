package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.assessor.Projects;
import org.assessor.methodology.Methodologies;
import org.assessor.fact.Assessment;
import org.assessor.fact.Input;
import org.assessor.fact.Param;
import org.assessor.fact.Result;
import org.assessor.fact.Score;
import org.assessor.methodology.RuleFile;
import org.assessor.rules.AllowList.Policy;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

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

    /** What a methodology team writes every day passes both layers, compiles and runs. */
    @Test
    void everydayRuleIdiomsPassBothLayersAndRun() {
        RuleFile file = drl("""
                package assessor.ok;

                import java.util.List;
                import org.assessor.calc.Rounding;
                import org.assessor.fact.*;

                declare Band
                    lowest : double @key
                    label : String
                end

                declare enum Level
                    HIGH("high"), LOW("low");
                    id : String
                end

                rule "Idioms"
                    salience 10
                    no-loop true
                    date-effective "1-Apr-2003"
                when
                    $a : Assessment( sector in ("acute", "specialist"), organisation not in ("None"), $name : organisation )
                    $p : Param( name == "x.y", $n : number != null, this.includes(0.5), group str[startsWith] "x" )
                    not Result( assessment == $a, name str[endsWith] "rat" )
                    exists Input( assessment == $a )
                    forall( $i : Input( assessment == $a ) Input( this == $i, value != null ) )
                    accumulate( Score( assessment == $a, $s : points ); $avg : average($s), $sum : sum($s), $low : min($s),
                                $high : max($s), $count : count(), $all : collectList($s) )
                    $region : String() from $a.getAttributes().get("region")
                then
                    double rounded = Rounding.halfUp($avg * 10 / Math.max(1, $count.intValue()), 1);
                    String text = $name.substring($name.lastIndexOf(' ') + 1) + ": " + rounded + " in " + $region;
                    insert(new Result($a, "text", text));
                    insert(new Result($a, "level", Level.HIGH.getId()));
                    insertLogical(new Band(Math.abs(rounded), "band"));
                end

                rule "An override"
                when
                    $a : Assessment()
                    $r : Result( assessment == $a, name == "text", $text : text, text not str[endsWith] "!" )
                then
                    modify($r) { setValue($text + "!") };
                end
                """);
        Policy policy = Policy.strict("assessor.ok");
        assertThat(AllowList.check(List.of(file), policy)).isEmpty();

        KieBase kieBase = GuardedCompiler.compile("idioms", String.format("%08x", file.text().hashCode()), List.of(file), policy);
        KieSession session = kieBase.newKieSession();
        try {
            Assessment trust = new Assessment(2, "Aintree Hospitals", "acute", java.util.Map.of("region", "North West"));
            session.insert(new Param("x.y", "x", "y", 1, 1.0, 0.0, 1.0, "d", "r", null, null));
            session.insert(trust);
            session.insert(Input.of(trust, "key_target", "a", "achieved"));
            session.insert(new Score(trust, "key_target", "a", "achieved", 2));
            assertThat(session.fireAllRules()).isEqualTo(2);
            assertThat(session.getObjects(o -> o instanceof Result r && r.getName().equals("text")))
                    .singleElement().hasToString("text=Hospitals: 20.0 in North West!");
        } finally {
            session.dispose();
        }
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
