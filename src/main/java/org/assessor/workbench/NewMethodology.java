package org.assessor.workbench;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.assessor.rules.AllowList;

/** The first files of a new methodology's draft: a copy of another under the new id, or one that extends it. */
final class NewMethodology {
    private NewMethodology() {
    }

    /**
     * The base's files under the new id: its configuration and cases renamed, its rules in the new id's package. Its
     * specification is not copied: the parameters' references still cite the base's, until the author writes one.
     */
    static Map<String, String> copying(Path home, String base, String id) {
        Map<String, String> files = new TreeMap<>();
        MethodologyFiles.read(home, base).forEach((path, text) -> {
            if (path.equals(MethodologyFiles.config(base))) {
                files.put(MethodologyFiles.config(id), text.replaceFirst("(?m)^id: *" + base + " *$", "id: " + id));
            } else if (path.equals(MethodologyFiles.tests(base))) {
                files.put(MethodologyFiles.tests(id), cases(text, base, id));
            } else if (path.startsWith("rules/")) {
                files.put("rules/" + id + path.substring(("rules/" + base).length()), text.replace(
                        "package " + AllowList.Policy.packageOf(base) + ";", "package " + AllowList.Policy.packageOf(id) + ";"));
            }
        });
        return files;
    }

    /** A configuration that extends the base and changes nothing yet, with the base's cases (they must still pass). */
    static Map<String, String> extending(Path home, String base, String baseTitle, String id, String baseVersion) {
        Map<String, String> files = new TreeMap<>();
        String title = (baseTitle + ", variant " + id).replace("\\", "\\\\").replace("\"", "\\\"");
        files.put(MethodologyFiles.config(id), "id: " + id + "\n"
                + "title: \"" + title + "\"\n"
                + "extends: " + base + "\n"
                + "# Started from " + base + " version " + baseVersion.substring(0, 12) + ". Add the keys this methodology\n"
                + "# changes (title, period, parameters...); everything else is the base's, merged key by key.\n");
        String tests = MethodologyFiles.read(home, base).get(MethodologyFiles.tests(base));
        if (tests != null) {
            files.put(MethodologyFiles.tests(id), cases(tests, base, id));
        }
        return files;
    }

    private static String cases(String text, String base, String id) {
        return text.replaceFirst("(?m)^methodology: *" + base + " *$", "methodology: " + id);
    }
}
