package org.assessor.methodology;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a parameter comes from, in a form a reader can follow and {@code validate} can check: a section of
 * the methodology's documentation in the project, then the published source in words,
 * {@code docs/methodologies/FILE.md#SECTION; CITATION}.
 */
public record Reference(String file, String section, String citation) {
    public static final String FORM = MethodologyDocs.FOLDER + "/FILE.md#SECTION; CITATION";

    private static final Pattern SYNTAX = Pattern.compile(
            Pattern.quote(MethodologyDocs.FOLDER + "/") + "([a-z0-9][a-z0-9._-]*\\.md)#([\\p{L}\\p{N}_-]+);\\s*(\\S.*)",
            Pattern.DOTALL);

    /** The reference's parts, or null when it is not of the {@link #FORM}. */
    public static Reference parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = SYNTAX.matcher(text.strip());
        return matcher.matches() && !matcher.group(1).contains("..")
                ? new Reference(matcher.group(1), matcher.group(2), matcher.group(3).strip()) : null;
    }

    /** The link as written, relative to the methodology home: {@code docs/methodologies/FILE.md#SECTION}. */
    public String link() {
        return MethodologyDocs.FOLDER + "/" + file + "#" + section;
    }
}
