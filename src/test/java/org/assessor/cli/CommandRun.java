package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What one in-process run of the command line, on a methodology home, returned and printed. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("--methodologies", home.toString()), Stream.of(args)).toArray(String[]::new);
        int exitCode = Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    /** A problem with what the user gave is a message, never a stack trace or an internal error. */
    void assertNoStackTrace() {
        assertThat(err).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
        assertThat(out).doesNotContain("\tat ").doesNotContain("Exception");
    }
}
