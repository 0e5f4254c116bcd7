package org.assessor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.assessor.inspection.InspectionEffect;
import org.assessor.inspection.InspectionReport;
import org.assessor.inspection.InspectionText;
import org.assessor.output.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "inspections", mixinStandardHelpOptions = true,
        description = "Lists the inspected trusts whose rating differs from what their declarations alone would give: "
                + "rates them as they are and with every inspection input set to its first value (not inspected).")
final class InspectionsCommand extends Subcommand implements Callable<Integer> {
    @Option(names = "--methodology", required = true, paramLabel = "ID", description = "Methodology id.")
    String methodology;

    @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "Input CSV.")
    Path input;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = InspectionEffect.DEFAULT_KIND,
            description = "Kind of the inputs that hold inspection findings (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Also write the trusts whose rating changed as CSV.")
    Path out;

    @Override
    public Integer call() {
        InspectionReport report = new InspectionEffect(main.service()).report(methodology, input, kind);
        PrintWriter console = out();
        console.print(InspectionText.render(report));
        if (out != null) {
            new AtomicFiles(out.toAbsolutePath().getParent())
                    .add(out.getFileName().toString(), stream -> InspectionText.writeCsv(report, stream)).write();
            console.printf("Wrote %s%n", out);
        }
        console.flush();
        return 0;
    }
}
