package org.assessor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The allow-list of what generated rule code may reference, read from {@code generated-code.allow} next to
 * this class (a list a reviewer reads, kept out of the code that applies it). Owners and members are
 * matched exactly, except an owner ending in {@code *} (a package or a family of nested classes) and the
 * member {@code *}; a member written with a descriptor allows that overload only.
 */
final class AllowedMembers {
    enum Section { RULE_CODE, MODEL, DECLARED_TYPES, FIELDS, INTERFACES, LAMBDAS, TYPES }

    private static final String RESOURCE = "generated-code.allow";
    private static final AllowedMembers STANDARD = read();

    private final Map<Section, List<Entry>> sections;

    private record Entry(String owner, List<String> members) {
        boolean owns(String internalName) {
            return owner.endsWith("*") ? internalName.startsWith(owner.substring(0, owner.length() - 1))
                    : owner.equals(internalName);
        }

        boolean allows(String name, String descriptor) {
            return members.stream().anyMatch(m -> m.equals("*") || m.equals(name) || m.equals(name + descriptor));
        }
    }

    private AllowedMembers(Map<Section, List<Entry>> sections) {
        this.sections = sections;
    }

    static AllowedMembers standard() {
        return STANDARD;
    }

    /** A method or constructor, in rule code or, with {@code also} (MODEL or DECLARED_TYPES), in that kind of class too. */
    boolean method(String owner, String name, String descriptor, Section also) {
        return allowed(Section.RULE_CODE, owner, name, descriptor) || also != null && allowed(also, owner, name, descriptor);
    }

    boolean field(String owner, String name) {
        return allowed(Section.FIELDS, owner, name, "");
    }

    boolean implementable(String internalName) {
        return sections.get(Section.INTERFACES).stream().anyMatch(e -> e.owns(internalName));
    }

    boolean lambdaTarget(String owner, String name) {
        return allowed(Section.LAMBDAS, owner, name, "");
    }

    /** A type that some allowed member belongs to: the types generated code may name in casts and constants. */
    boolean knownType(String internalName) {
        return sections.values().stream().flatMap(List::stream).anyMatch(e -> e.owns(internalName));
    }

    private boolean allowed(Section section, String owner, String name, String descriptor) {
        return sections.get(section).stream().anyMatch(e -> e.owns(owner) && e.allows(name, descriptor));
    }

    private static AllowedMembers read() {
        try (InputStream in = AllowedMembers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AllowedMembers parse(String text) {
        Map<Section, List<Entry>> sections = new HashMap<>();
        for (Section section : Section.values()) {
            sections.put(section, new ArrayList<>());
        }
        Section current = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                current = Section.valueOf(line.substring(1, line.length() - 1).toUpperCase().replace(' ', '_'));
                continue;
            }
            if (current == null) {
                throw new IllegalStateException(RESOURCE + ": an entry before any section: " + line);
            }
            String[] words = line.split("\\s+");
            sections.get(current).add(new Entry(words[0], List.of(words).subList(1, words.length)));
        }
        return new AllowedMembers(sections);
    }
}
