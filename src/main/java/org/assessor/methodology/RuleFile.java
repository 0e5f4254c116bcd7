package org.assessor.methodology;

import java.nio.file.Path;

/** One DRL file of a methodology: where it was read from and its text. */
public record RuleFile(Path path, String text) {

    public String fileName() {
        return path.getFileName().toString();
    }
}
