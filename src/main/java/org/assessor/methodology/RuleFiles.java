package org.assessor.methodology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rule files of a methodology that extends another: the parent's, with same-named files replaced. */
final class RuleFiles {
    private RuleFiles() {
    }

    static List<RuleFile> merge(List<RuleFile> parent, List<RuleFile> own) {
        Map<String, RuleFile> byName = new LinkedHashMap<>();
        parent.forEach(file -> byName.put(file.fileName(), file));
        own.forEach(file -> byName.put(file.fileName(), file));
        List<RuleFile> merged = new ArrayList<>(byName.values());
        merged.sort(Comparator.comparing(RuleFile::fileName));
        return merged;
    }
}
