package org.assessor.diff;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One difference between two methodologies: a thing of one {@link Area} added, removed or changed. {@code fields}
 * are its properties that differ (for one added or removed, all it has), {@code drl} a rule's change as unified
 * diff lines.
 */
public record Change(Area area, String name, Kind kind, List<Field> fields, List<String> drl) {

    public Change {
        fields = List.copyOf(fields);
        drl = List.copyOf(drl);
    }

    /** One property of the thing, as text before and after; null where the side has none. */
    public record Field(String name, String before, String after) {
    }

    public enum Kind {
        ADDED, REMOVED, CHANGED;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What kind of thing changed, in the order a report lists them. */
    public enum Area {
        SETTING("settings"), SECTOR("sectors"), INPUT("inputs"), DOMAIN("domains"), ATTRIBUTE("attributes"),
        OUTPUT("outputs"), TABLE("tables"), PARAMETER("parameters"), RULE("rules");

        private final String heading;

        Area(String heading) {
            this.heading = heading;
        }

        /** The configuration key of the section, and the report's heading. */
        @JsonValue
        public String heading() {
            return heading;
        }
    }
}
