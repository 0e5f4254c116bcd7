package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aFolderWithoutMethodologiesIsReportedBeforeTheServerStarts(@TempDir Path empty) {
        int exit = Main.run(new String[] {"--methodologies", empty.toString(), "serve", "--port", "0"},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("no methodology-configs folder");
    }

    /** A stuck batch ends a command-line run (exit 1); in the server it is one user's job, logged, and the server stays up. */
    @Test
    void onlyCommandsThatEndAreEndedByAStuckBatchOrASignal() {
        assertThat(Main.serves(new CommandLine(new Main()).parseArgs("serve", "--port", "0"))).isTrue();
        assertThat(Main.serves(new CommandLine(new Main()).parseArgs("--methodologies", ".", "serve"))).isTrue();
        assertThat(Main.serves(new CommandLine(new Main()).parseArgs("rate", "--out", "x"))).isFalse();
        assertThat(Main.serves(new CommandLine(new Main()).parseArgs())).isFalse();
    }

    @Test
    void theHelpNamesThePortAndTheApi() {
        int exit = Main.run(new String[] {"help", "serve"}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--port=PORT", "default: 8080", "/api/methodologies");
    }
}
