package org.assessor.methodology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assessor.system.TextFile;

/**
 * The methodologies' specifications in the methodology home ({@code docs/methodologies/*.md}), read as
 * sections: each Markdown heading with its anchor, named as GitHub names it (lower case, punctuation
 * dropped, spaces as hyphens, a repeated heading suffixed {@code -1}, {@code -2}), so that a parameter's
 * {@link Reference} opens at the same place on the web page, in an editor's preview and on GitHub.
 */
public final class MethodologyDocs {
    public static final String FOLDER = "docs/methodologies";
    private static final long MAX_BYTES = 1 << 20;
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*\\.md");

    /** One heading and the text under it, up to the next heading. */
    public record Section(int level, String title, String anchor, String text) {
    }

    private MethodologyDocs() {
    }

    /** The file a reference names, or null when the name could leave the folder. */
    public static Path file(Path home, String fileName) {
        return FILE_NAME.matcher(fileName).matches() && !fileName.contains("..") ? home.resolve(FOLDER).resolve(fileName) : null;
    }

    /** The file's sections in order; the text before the first heading is a section of level 0 with no anchor. */
    public static List<Section> sections(Path home, String fileName) {
        Path file = file(home, fileName);
        InsideHome.require(home, file);
        return parse(TextFile.read(file, MAX_BYTES));
    }

    /** Every anchor of the file, each with its heading's title. */
    public static Map<String, String> anchors(Path home, String fileName) {
        Map<String, String> anchors = new LinkedHashMap<>();
        sections(home, fileName).stream().filter(s -> s.anchor() != null).forEach(s -> anchors.put(s.anchor(), s.title()));
        return anchors;
    }

    static List<Section> parse(String markdown) {
        List<Section> sections = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        int level = 0;
        String title = null;
        String anchor = null;
        boolean fenced = false;
        for (String line : markdown.split("\r?\n", -1)) {
            fenced ^= line.startsWith("```");
            Matcher heading = fenced ? null : HEADING.matcher(line);
            if (heading != null && heading.matches()) {
                sections.add(new Section(level, title, anchor, text.toString().strip()));
                level = heading.group(1).length();
                title = heading.group(2);
                anchor = unique(slug(title), seen);
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        sections.add(new Section(level, title, anchor, text.toString().strip()));
        return sections;
    }

    /** GitHub's anchor for a heading: inline markup and punctuation dropped, lower case, spaces as hyphens. */
    static String slug(String title) {
        String plain = title.replaceAll("[*_`]", "").replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1");
        StringBuilder slug = new StringBuilder();
        for (char c : plain.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.append(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        }
        return slug.toString();
    }

    private static String unique(String slug, Map<String, Integer> seen) {
        Integer count = seen.merge(slug, 1, Integer::sum);
        return count == 1 ? slug : slug + "-" + (count - 1);
    }
}
