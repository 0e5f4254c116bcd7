package org.assessor.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assessor.methodology.MethodologyLoader;
import org.assessor.methodology.RuleFile;
import org.assessor.rules.AllowList;
import org.assessor.rules.GuardedCompiler;
import org.assessor.system.Hashes;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.assessor.system.TextFile;

/**
 * The rules of a methodology whose configuration does not load, checked anyway: DRL compiles without
 * the configuration, so its problems are reported with the configuration's, not after they are fixed.
 * The files and the allow-list policy are read as the loader would merge them along {@code extends}.
 */
final class UnloadedRules {
    private UnloadedRules() {
    }

    static List<Problem> check(MethodologyLoader loader, String id, ConfigPlaces places) {
        List<RuleFile> files = files(loader, places.ids());
        if (files.isEmpty()) {
            return List.of();
        }
        var digest = Hashes.sha256();
        files.forEach(file -> Hashes.update(digest, file.fileName(), file.text()));
        try {
            // the allow-list runs before any compile, as for a loaded methodology
            GuardedCompiler.compile(id, Hashes.hex(digest), files, policy(places));
            return List.of();
        } catch (ProblemException e) {
            return e.problems();
        }
    }

    private static AllowList.Policy policy(ConfigPlaces places) {
        Set<String> packages = places.ids().stream().map(AllowList.Policy::packageOf).collect(Collectors.toSet());
        return new AllowList.Policy(packages, places.setting("allow", "functions").asBoolean(false),
                places.setting("allow", "eval").asBoolean(false));
    }

    /** The parent's files, replaced or added to by the child's, in file-name order. */
    private static List<RuleFile> files(MethodologyLoader loader, List<String> chain) {
        Map<String, RuleFile> byName = new LinkedHashMap<>();
        List<String> rootFirst = new ArrayList<>(chain);
        Collections.reverse(rootFirst);
        for (String id : rootFirst) {
            Path folder = loader.rulesFolder(id);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".drl")).toList()) {
                    try {
                        String text = TextFile.read(file, MethodologyLoader.MAX_RULE_FILE_BYTES);
                        byName.put(file.getFileName().toString(), new RuleFile(file, text));
                    } catch (ProblemException e) {
                        // too large or not UTF-8: the loader reports it once the configuration loads
                    }
                }
            } catch (IOException e) {
                // the loader reports unreadable rule files once the configuration loads
            }
        }
        return byName.values().stream().sorted(Comparator.comparing(RuleFile::fileName)).toList();
    }
}
