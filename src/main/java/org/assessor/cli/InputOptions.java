package org.assessor.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The options of every command that reads one input file with one methodology. */
class InputOptions {
    @Option(names = "--methodology", paramLabel = "ID", defaultValue = Main.DEFAULT_METHODOLOGY,
            description = "Methodology id (default: ${DEFAULT-VALUE}).")
    String methodology;

    @Option(names = "--input", paramLabel = "FILE.csv",
            description = "Input CSV (default: the bundled published 2003/04 data).")
    Path input;

    Path inputFile() {
        return input != null ? input : Home.defaultInput();
    }
}
