package org.assessor.assessment;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.fact.Assessment;

/** How assessments are cut into the batches an {@link Assessor} rates one session each. */
final class Batches {
    private Batches() {
    }

    /** Consecutive assessments, {@code batch} at a time, read only as the batches are asked for. */
    static Iterator<List<AssessmentInputs>> consecutive(Iterator<AssessmentInputs> assessments, int batch) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return assessments.hasNext();
            }

            @Override
            public List<AssessmentInputs> next() {
                List<AssessmentInputs> chunk = new ArrayList<>(batch);
                while (chunk.size() < batch && assessments.hasNext()) {
                    chunk.add(assessments.next());
                }
                return chunk;
            }
        };
    }

    /**
     * Assessments with the same group key share one session, whole: rules may compare them (ranks,
     * quartiles). Groups are packed together up to the batch size; a large group stays whole.
     */
    static List<List<AssessmentInputs>> grouped(List<AssessmentInputs> assessments, List<String> groupBy, int batch) {
        Map<Object, List<AssessmentInputs>> groups = new LinkedHashMap<>();
        for (AssessmentInputs one : assessments) {
            groups.computeIfAbsent(groupKey(one.assessment(), groupBy), k -> new ArrayList<>()).add(one);
        }
        List<List<AssessmentInputs>> batches = new ArrayList<>();
        List<AssessmentInputs> current = new ArrayList<>();
        for (List<AssessmentInputs> group : groups.values()) {
            if (!current.isEmpty() && current.size() + group.size() > batch) {
                batches.add(current);
                current = new ArrayList<>();
            }
            current.addAll(group);
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    /** The values that put an assessment in its session group: {@code sector}, {@code period} or an attribute. */
    static List<String> groupKey(Assessment assessment, List<String> groupBy) {
        List<String> key = new ArrayList<>(groupBy.size());
        for (String name : groupBy) {
            key.add(switch (name) {
                case "sector" -> assessment.getSector();
                case "period" -> String.valueOf(assessment.getPeriod());
                default -> String.valueOf(assessment.attribute(name));
            });
        }
        return key;
    }
}
