package org.assessor.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every command gets from picocli: the top-level command (with the shared rating service) and its own spec. */
abstract class Subcommand {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    /** Where the command prints its results (standard output, or a test's writer). */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
