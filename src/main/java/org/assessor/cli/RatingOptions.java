package org.assessor.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The options every command that rates a file shares: which methodology, which input. */
final class RatingOptions {
    @Option(names = "--methodology", paramLabel = "ID", defaultValue = Main.DEFAULT_METHODOLOGY,
            description = "Methodology id (default: ${DEFAULT-VALUE}).")
    String methodology;

    @Option(names = "--input", paramLabel = "FILE.csv",
            description = "Input CSV (default: the bundled published 2003/04 data).")
    Path input;

    @Option(names = {"--quarter", "--period"}, paramLabel = "PERIOD",
            description = "For an input with periods: rate only this one (e.g. Q1, or \"Q1 2025/26\"); default all.")
    String period;

    Path inputFile() {
        return input != null ? input : Home.defaultInput();
    }
}
