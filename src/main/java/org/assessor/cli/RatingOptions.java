package org.assessor.cli;

import picocli.CommandLine.Option;

/** The options every command that rates a file shares: which methodology, which input, which period of it. */
final class RatingOptions extends InputOptions {
    @Option(names = {"--quarter", "--period"}, paramLabel = "PERIOD",
            description = "For an input with periods: rate only this one (e.g. Q1, or \"Q1 2025/26\"); default all.")
    String period;
}
