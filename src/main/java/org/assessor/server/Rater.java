package org.assessor.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.assessment.Subject;
import org.assessor.input.SubjectReader;
import org.assessor.methodology.Methodology;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.springframework.stereotype.Component;

/** Rates a posted CSV with one serving version: the CSV is read exactly as {@code assessor rate} reads a file. */
@Component
final class Rater {
    static final String POSTED = "posted CSV";

    private final Assessor assessor = new Assessor();

    List<Rating> rate(ServingVersion version, byte[] csv) {
        List<Subject> subjects = read(version.rules().methodology(), csv);
        return assessor.rate(version.rules(), subjects);
    }

    private static List<Subject> read(Methodology methodology, byte[] csv) {
        Path file = null;
        try {
            file = Files.createTempFile("assessor-posted-", ".csv");
            Files.write(file, csv);
            return new SubjectReader(methodology).read(file);
        } catch (ProblemException e) {
            throw invalid(e, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot buffer the posted CSV", e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** The problems name the temporary file; the client knows it as the posted CSV. */
    private static InvalidCsvException invalid(ProblemException e, Path file) {
        String temporary = String.valueOf(file);
        List<Problem> problems = e.problems().stream()
                .map(p -> temporary.equals(p.file()) ? new Problem(POSTED, p.line(), p.column(), p.at(), p.message(), p.warning()) : p)
                .toList();
        String summary = e.getMessage().lines().findFirst().orElse("").replace(temporary, POSTED).replaceFirst(":$", "");
        return new InvalidCsvException(summary, problems);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
