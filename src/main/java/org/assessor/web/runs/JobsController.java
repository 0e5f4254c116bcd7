package org.assessor.web.runs;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The progress of a rating started from the web page; the page polls it. */
@RestController
final class JobsController {
    private final RatingJobs jobs;

    JobsController(RatingJobs jobs) {
        this.jobs = jobs;
    }

    @Operation(summary = "A web rating's phase, counts and percentage; once done, the archived run's id")
    @GetMapping("/api/jobs/{id}")
    Job.JobView job(@PathVariable("id") long id) {
        return jobs.job(id).view();
    }
}
