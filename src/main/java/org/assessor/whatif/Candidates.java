package org.assessor.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.fact.Assessment;
import org.assessor.fact.Input;
import org.assessor.methodology.RuleFile;
import org.assessor.rules.RuleBase;

/**
 * Rates candidate assessments for their rating alone, each distinct one once. No steps are recorded (that
 * halved the throughput); sessions are small (a few dozen assessments rate several times faster than 500,
 * as each rule then joins fewer facts). Many trusts' candidates coincide (the 275 published 2003/04 rows
 * give 141,648 candidates for a search of up to 3 changes, most of them shared), so a rating is
 * remembered by what the rules can see of a candidate: its sector, period, attributes and inputs. That
 * holds only when an assessment is rated on its own facts: not for session groups (ranks, quartiles),
 * and the organisation and line are part of the key when a rule file names them.
 */
final class Candidates {
    private static final int SESSION = 25;
    private static final Assessor ASSESSOR = new Assessor(false, SESSION);
    /** A rule file that names these may tell two trusts with equal inputs apart (a comment naming them costs only speed). */
    private static final Pattern NAMES = Pattern.compile("\\b(organisation|getOrganisation|line|getLine)\\b");

    private final RuleBase rules;
    private final boolean alone;
    private final boolean named;
    private final Map<List<Object>, Rating> rated = new HashMap<>();
    private long ratedCount;

    Candidates(RuleBase rules) {
        this.rules = rules;
        var sessions = rules.methodology().config().sessions();
        this.alone = sessions == null || sessions.groupBy() == null || sessions.groupBy().isEmpty();
        this.named = rules.methodology().ruleFiles().stream().map(RuleFile::text).anyMatch(text -> NAMES.matcher(text).find());
    }

    /** The candidates' ratings in order; a rating given for an equal candidate before is given again. */
    List<Rating> rate(List<AssessmentInputs> candidates) {
        if (!alone) {
            ratedCount += candidates.size();
            return ASSESSOR.rate(rules, candidates);
        }
        List<List<Object>> keys = new ArrayList<>(candidates.size());
        Map<List<Object>, AssessmentInputs> fresh = new HashMap<>();
        for (AssessmentInputs candidate : candidates) {
            List<Object> key = key(candidate);
            keys.add(key);
            if (!rated.containsKey(key)) {
                fresh.putIfAbsent(key, candidate);
            }
        }
        List<List<Object>> freshKeys = new ArrayList<>(fresh.keySet());
        List<Rating> ratings = ASSESSOR.rate(rules, freshKeys.stream().map(fresh::get).toList());
        for (int i = 0; i < freshKeys.size(); i++) {
            rated.put(freshKeys.get(i), ratings.get(i));
        }
        ratedCount += freshKeys.size();
        return keys.stream().map(rated::get).toList();
    }

    RuleBase rules() {
        return rules;
    }

    /** How many candidates the rules were run on: fewer than were asked for when some were equal. */
    long ratedCount() {
        return ratedCount;
    }

    private List<Object> key(AssessmentInputs candidate) {
        Assessment assessment = candidate.assessment();
        List<Object> key = new ArrayList<>(4 + 3 * candidate.inputs().size());
        key.add(assessment.getSector());
        key.add(assessment.getPeriod());
        key.add(assessment.getAttributes());
        key.add(named ? assessment.getOrganisation() + "\n" + assessment.getLine() : "");
        for (Input input : candidate.inputs()) {
            key.add(input.name());
            key.add(input.value());
            key.add(input.number());
        }
        return key;
    }
}
