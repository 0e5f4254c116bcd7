package org.assessor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.assessor.assessment.RatingGuard;
import org.assessor.methodology.Methodologies;
import org.assessor.output.AtomicFiles;
import org.assessor.rating.RatingService;
import org.assessor.system.ProblemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** {@code assessor}: with no command it rates the bundled 2003/04 data, like {@code assessor rate}. */
@Command(name = "assessor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Rates NHS trusts with methodologies kept as DRL rules and YAML configuration, and explains every rating.",
        subcommands = {RateCommand.class, ExplainCommand.class, ValidateCommand.class, CompareCommand.class, DiffCommand.class, WhatIfCommand.class, TrendCommand.class, VerifyCommand.class, GenerateCommand.class, SummaryCommand.class, InspectionsCommand.class, RunsCommand.class, ReplayCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    static final String DEFAULT_METHODOLOGY = "star-ratings-2003-04";

    @Option(names = "--methodologies", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder holding rules/ and methodology-configs/ (default: the Assessor home, ${DEFAULT-VALUE}).")
    Path home = Home.path();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private RatingService service;

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int exitCode = run(args, new PrintWriter(System.out, true), err, true);
        Interruption.finished();
        System.exit(exitCode);
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, false);
    }

    /**
     * @param signals whether this is the process's own command, which a signal or a stuck batch ends with one line
     *                ({@link Interruption}, {@link #endWhenStuck}); serve is not: it stops as Spring does, and a stuck
     *                batch of one user's rating job is logged while the server goes on serving everyone else
     */
    private static int run(String[] args, PrintWriter out, PrintWriter err, boolean signals) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out).setErr(err).setExecutionExceptionHandler(Main::report);
        cli.setExecutionStrategy(parsed -> {
            if (signals && !serves(parsed)) {
                Interruption.install(err);
                endWhenStuck(err);
                StuckExit.arm();
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        return cli.execute(args);
    }

    static boolean serves(CommandLine.ParseResult parsed) {
        return last(parsed).commandSpec().userObject() instanceof ServeCommand;
    }

    /** A batch the engine cannot stop (docs/security.md) ends the run with its error, like a signal: nothing written. */
    private static void endWhenStuck(PrintWriter err) {
        RatingGuard.whenStuck(message -> {
            AtomicFiles.discardAll();
            Interruption.finished();
            err.println("error: " + message);
            System.exit(1);
        });
    }

    private static CommandLine.ParseResult last(CommandLine.ParseResult parsed) {
        return parsed.hasSubcommand() ? last(parsed.subcommand()) : parsed;
    }

    /** No command: rate the bundled data with the default methodology. */
    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("rate").execute();
    }

    RatingService service() {
        if (service == null) {
            service = new RatingService(new Methodologies(home));
        }
        return service;
    }

    /** Problems in what the user gave are printed without a stack trace; anything else is ours. */
    private static int report(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (Interruption.shuttingDown()) {
            return 143; // stopped by a signal: Interruption has said so in one line
        }
        if (e instanceof ProblemException problem) {
            err.println("error: " + problem.getMessage());
            return 1;
        }
        if (InternalFailure.outOfMemory(e)) {
            err.println("error: the run ran out of memory (this process may use " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB of heap; JAVA_OPTS=-Xmx… gives it more); nothing was written");
            return 1;
        }
        err.println("internal error: " + InternalFailure.describe(e) + " (please report it with the command you ran)");
        return 70;
    }
}
