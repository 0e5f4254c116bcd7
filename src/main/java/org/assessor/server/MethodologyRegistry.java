package org.assessor.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.assessor.methodology.Methodologies;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.assessor.validation.MethodologyValidator;
import org.assessor.validation.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every methodology the service knows, each with the version requests get. A rebuild validates the files
 * (configuration, compilation, the methodology's own cases) and swaps the serving version in one atomic
 * step only when all pass; a failed rebuild keeps the previous version serving and records why.
 */
@Component
public class MethodologyRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(MethodologyRegistry.class);

    private final Methodologies methodologies;
    private final MethodologyValidator validator;
    private final Map<String, AtomicReference<MethodologyState>> states = new ConcurrentHashMap<>();

    MethodologyRegistry(Methodologies methodologies, MethodologyValidator validator) {
        this.methodologies = methodologies;
        this.validator = validator;
    }

    /** Builds every methodology in the home; one that fails is listed as FAILED with nothing serving. */
    void loadAll() {
        for (String id : methodologies.ids()) {
            rebuild(id, System.nanoTime());
        }
    }

    /**
     * Validates the methodology's current files and serves them if they pass. {@code changedAt} is the
     * {@link System#nanoTime()} of the change that prompted the rebuild. Empty for an id that has neither
     * a configuration file nor an entry.
     */
    public Optional<MethodologyState> rebuild(String id, long changedAt) {
        if (!states.containsKey(id) && !existsOnDisk(id)) {
            return Optional.empty();
        }
        AtomicReference<MethodologyState> state = states.computeIfAbsent(id, k -> new AtomicReference<>(MethodologyState.first(k)));
        state.updateAndGet(MethodologyState::loading);
        Validation validation = validate(id);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - changedAt);
        MethodologyState next = validation.ok()
                ? state.updateAndGet(s -> s.serving(new ServingVersion(validation.rules(), Instant.now()), ms))
                : state.updateAndGet(s -> s.failed(validation.version(), errors(validation)));
        log(next, ms);
        return Optional.of(next);
    }

    /** The version a request uses for its whole duration. */
    public ServingVersion current(String id) {
        MethodologyState state = state(id).orElseThrow(() -> new UnknownMethodologyException(id, ids()));
        if (state.serving() == null) {
            throw new MethodologyNotServingException(state);
        }
        return state.serving();
    }

    public Optional<MethodologyState> state(String id) {
        AtomicReference<MethodologyState> state = states.get(id);
        return state == null ? Optional.empty() : Optional.of(state.get());
    }

    public List<MethodologyState> states() {
        return states.values().stream().map(AtomicReference::get)
                .sorted(Comparator.comparing(MethodologyState::id)).toList();
    }

    public List<String> ids() {
        return states().stream().map(MethodologyState::id).toList();
    }

    private boolean existsOnDisk(String id) {
        try {
            return methodologies.ids().contains(id);
        } catch (ProblemException e) {
            return false;
        }
    }

    /** The validator reports problems in the files; anything it throws is a fault of ours, kept as the error too. */
    private Validation validate(String id) {
        try {
            return validator.validate(id);
        } catch (RuntimeException e) {
            LOG.error("Rebuilding {} failed unexpectedly", id, e);
            return new Validation(id, versionOnDisk(id), List.of(Problem.error(id, 0, 0, null, "internal error: " + e)), List.of(), null);
        }
    }

    private String versionOnDisk(String id) {
        try {
            return methodologies.load(id).version();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<String> errors(Validation validation) {
        List<String> errors = new ArrayList<>();
        validation.problems().forEach(problem -> errors.add(problem.toString()));
        validation.failedCases().forEach(failed -> errors.add(failed.toString()));
        return errors;
    }

    private static void log(MethodologyState state, long ms) {
        if (state.status() == Status.SERVING) {
            LOG.info("{} version {} serving, {} ms after the change", state.id(), shortVersion(state.version()), ms);
        } else {
            LOG.warn("{} version {} rejected, still serving {}:\n  {}", state.id(), shortVersion(state.version()),
                    state.serving() == null ? "nothing" : shortVersion(state.serving().version()),
                    String.join("\n  ", state.lastError()));
        }
    }

    private static String shortVersion(String version) {
        return version == null ? "(unreadable)" : version.substring(0, Math.min(12, version.length()));
    }
}
