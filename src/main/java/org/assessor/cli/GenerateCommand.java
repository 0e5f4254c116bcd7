package org.assessor.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.assessor.generate.SyntheticInput;
import org.assessor.methodology.Methodology;
import org.assessor.output.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes synthetic input for a methodology: trusts named \"Synthetic Trust 0001\"..., values drawn "
                + "from the methodology's domains with a seed, so the same options always give the same file.")
final class GenerateCommand extends Subcommand implements Callable<Integer> {
    @Option(names = "--methodology", required = true, paramLabel = "ID", description = "Methodology id.")
    String methodology;

    @Option(names = "--trusts", paramLabel = "N", defaultValue = "100", description = "Number of trusts (default: ${DEFAULT-VALUE}).")
    int trusts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (trusts < 1) {
            throw new ParameterException(spec.commandLine(), "--trusts must be at least 1");
        }
        Methodology loaded = main.service().methodologies().load(methodology);
        SyntheticInput input = new SyntheticInput(loaded);
        PrintWriter console = out();
        if (out == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            input.write(trusts, seed, bytes);
            console.print(bytes.toString(StandardCharsets.UTF_8));
            console.flush();
            return 0;
        }
        Path folder = out.toAbsolutePath().getParent();
        new AtomicFiles(folder).add(out.getFileName().toString(), stream -> input.write(trusts, seed, stream)).write();
        console.printf("Wrote %d synthetic trusts for %s (seed %d) to %s%n", trusts, methodology, seed, out);
        return 0;
    }
}
