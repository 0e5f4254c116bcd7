package org.assessor.cli;

import java.util.concurrent.Callable;

import org.assessor.diff.DiffText;
import org.assessor.diff.MethodologyDiff;
import org.assessor.methodology.Methodologies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Shows what differs between two methodologies (or two homes' versions of one) by meaning, with "
                + "no input rated: settings; sectors, inputs, domains, attributes, outputs and tables entry by entry; "
                + "parameters added, removed and changed (value, unit, description, reference, confidence); rules added, "
                + "removed and changed, with the DRL of each change as a unified diff.",
            "A methodology that extends another is compared as merged over it. See also: compare (what the "
                + "difference does to ratings)."})
final class DiffCommand extends Subcommand implements Callable<Integer> {
    @Option(names = "--methodology", paramLabel = "A", required = true, description = "Methodology id of side A.")
    String methodology;

    @Option(names = "--against", paramLabel = "B", required = true, description = "Methodology id of side B.")
    String against;

    @Option(names = "--against-home", paramLabel = "DIR",
            description = "Read side B from this methodology home instead (e.g. another checkout, to compare versions of one methodology).")
    java.nio.file.Path againstHome;

    @Option(names = "--json", description = "Print the differences as JSON (for tools) instead of text.")
    boolean json;

    @Override
    public Integer call() {
        Methodologies home = main.service().methodologies();
        Methodologies other = againstHome == null ? home : new Methodologies(againstHome);
        MethodologyDiff diff = MethodologyDiff.of(home.load(methodology), other.load(against));
        out().print(json ? DiffText.json(diff) : DiffText.text(diff));
        out().flush();
        return 0;
    }
}
