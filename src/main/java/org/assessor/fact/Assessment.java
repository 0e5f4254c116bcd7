package org.assessor.fact;

import java.util.Map;

/**
 * One organisation rated in one sector: the assessment every other fact belongs to.
 * Equality is identity on purpose: a combined trust has one assessment per sector it serves.
 */
public final class Assessment {
    private final int line;
    private final String organisation;
    private final String sector;
    private final Map<String, String> attributes;
    private final String period;
    private final Map<String, String> published;

    public Assessment(int line, String organisation, String sector, Map<String, String> attributes) {
        this(line, organisation, sector, attributes, null, Map.of());
    }

    /**
     * @param period    the period id the assessment is rated for (a quarter), or null; rules key per-period
     *                  parameters by it
     * @param published results the input file publishes for the assessment, by id: kept for checking, never rated
     */
    public Assessment(int line, String organisation, String sector, Map<String, String> attributes, String period,
                      Map<String, String> published) {
        this.line = line;
        this.organisation = organisation;
        this.sector = sector;
        this.attributes = Map.copyOf(attributes);
        this.period = period;
        this.published = Map.copyOf(published);
    }

    /** The period id, or null when the input has no periods. */
    public String getPeriod() {
        return period;
    }

    /** Published results from the input, by id (not rated). */
    public Map<String, String> getPublished() {
        return published;
    }

    /** The input line the assessment was read from (1 is the header). */
    public int getLine() {
        return line;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getSector() {
        return sector;
    }

    /** Trust attributes that are not rated (foundation trust, region...), by column. */
    public Map<String, String> getAttributes() {
        return attributes;
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String toString() {
        return organisation + " (" + sector + (period == null ? "" : ", " + period) + ")";
    }
}
