package org.assessor.assessment;

/** What one step produced: a result's new value and, for an override, the value it replaced. */
public record Outcome(String name, Object value, Object replaced) {

    public boolean isOverride() {
        return replaced != null;
    }
}
