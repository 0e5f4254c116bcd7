package org.assessor.archive;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What replaying a run found.
 *
 * @param ratings     how many ratings were compared
 * @param differences how many differences there are in all
 * @param first       the first of them, as text, each naming the rating and what differs
 */
public record ReplayResult(long runId, int ratings, int differences, List<String> first) {

    @JsonProperty("identical")
    public boolean identical() {
        return differences == 0;
    }

    @Override
    public String toString() {
        if (identical()) {
            return "run " + runId + ": " + ratings + " ratings replayed identically";
        }
        StringBuilder text = new StringBuilder("run " + runId + ": " + differences + " difference" + (differences == 1 ? "" : "s"));
        first.forEach(difference -> text.append("\n  ").append(difference));
        if (first.size() < differences) {
            text.append("\n  … and ").append(differences - first.size()).append(" more");
        }
        return text.toString();
    }
}
