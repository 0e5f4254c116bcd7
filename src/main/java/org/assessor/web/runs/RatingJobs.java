package org.assessor.web.runs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.assessor.serving.InvalidCsvException;
import org.assessor.serving.MethodologyRegistry;
import org.assessor.serving.Rater;
import org.assessor.serving.ServingVersion;
import org.assessor.system.ProblemException;
import org.assessor.web.system.RequestProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ratings started from the web pages: each runs in the background, one at a time so that a large run does
 * not starve requests, reporting its progress to its {@link Job}. Jobs are kept in memory until the
 * service stops; the runs they record are in the archive.
 */
@Component
final class RatingJobs {
    private static final Logger LOG = LoggerFactory.getLogger(RatingJobs.class);

    private final MethodologyRegistry registry;
    private final Rater rater;
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "assessor-web-rating");
        thread.setDaemon(true);
        return thread;
    });

    RatingJobs(MethodologyRegistry registry, Rater rater) {
        this.registry = registry;
        this.rater = rater;
    }

    /** Queues a rating with the version serving now; an unknown or unserved methodology is refused at once. */
    public Job start(String methodology, byte[] csv, String inputName, String period, String user) {
        ServingVersion version = registry.current(methodology);
        Job job = new Job(ids.incrementAndGet(), methodology, inputName, user);
        jobs.put(job.view().id(), job);
        worker.submit(() -> run(job, version, csv, inputName, blankToNull(period), user));
        return job;
    }

    public Job job(long id) {
        Job job = jobs.get(id);
        if (job == null) {
            throw RequestProblem.notFound("Unknown job", "no rating job " + id + " (jobs are forgotten when the service restarts)", "job", id);
        }
        return job;
    }

    private void run(Job job, ServingVersion version, byte[] csv, String inputName, String period, String user) {
        try {
            job.finished(rater.rate(version, csv, inputName, period, user, job).run().id());
        } catch (InvalidCsvException e) {
            job.failed(e.getMessage(), e.problems());
        } catch (ProblemException e) {
            job.failed(e.getMessage().lines().findFirst().orElse("").replaceFirst(":$", ""), e.problems());
        } catch (RuntimeException e) {
            LOG.error("Web rating job {} failed", job.view().id(), e);
            job.failed(problemsOf(e), List.of());
        }
    }

    private static String problemsOf(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
