package org.assessor.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.assessor.AssessorApplication;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the methodologies over HTTP until stopped, and reloads one when its files change.",
                "GET /api/methodologies lists them; POST a CSV (text/csv) to /api/methodologies/ID/ratings to rate it."})
final class ServeCommand extends Subcommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    // loopback only by default: the embedded users' default passwords are in the README, so the service must
    // not be reachable from the network until they are changed (docs/web.md)
    @Option(names = "--address", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String address;

    @Override
    public Integer call() throws InterruptedException {
        main.service().methodologies().ids(); // a folder without methodologies is reported before anything starts
        AssessorApplication.Running server = start();
        out().printf("Serving the methodologies in %s on http://%s:%s/api/methodologies (Ctrl-C stops)%n",
                main.home, address, server.port());
        server.awaitStop();
        return 0;
    }

    private AssessorApplication.Running start() {
        try {
            return AssessorApplication.start(main.home, address, port);
        } catch (AssessorApplication.PortInUse e) {
            throw new ProblemException("cannot serve", List.of(Problem.error("--port " + port, 0, 0, null,
                    "the port is in use; stop what uses it or pick another with --port")));
        }
    }
}
