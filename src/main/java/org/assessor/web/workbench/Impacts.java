package org.assessor.web.workbench;

import org.assessor.archive.RunArchive;
import org.assessor.archive.RunSummary;
import org.assessor.workbench.Workbench;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** A draft's impact on the input of an archived run, read back from the archive into a scratch file. */
@Component
final class Impacts {
    private final Workbench workbench;
    private final RunArchive archive;

    Impacts(Workbench workbench, RunArchive archive) {
        this.workbench = workbench;
        this.archive = archive;
    }

    ImpactView of(String draftId, long runId, String user) {
        RunSummary run = archive.run(runId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no run " + runId));
        return archive.withInputFile(runId, "input.csv",
                input -> ImpactView.of(runId, workbench.impact(user, draftId, input, run.period())));
    }
}
