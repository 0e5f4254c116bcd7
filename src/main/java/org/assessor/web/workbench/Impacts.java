package org.assessor.web.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.assessor.archive.RunArchive;
import org.assessor.archive.RunSummary;
import org.assessor.system.Scratch;
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
        try (Scratch scratch = Scratch.create("assessor-impact-"); InputStream input = archive.input(runId)) {
            return ImpactView.of(runId, workbench.impact(user, draftId, scratch.write("input.csv", input), run.period()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input of run " + runId, e);
        }
    }
}
