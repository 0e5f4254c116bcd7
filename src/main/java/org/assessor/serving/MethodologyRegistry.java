package org.assessor.serving;

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
import org.assessor.methodology.Methodology;
import org.assessor.rules.RuleBase;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.assessor.validation.IsolatedValidator;
import org.assessor.validation.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every methodology the service knows, each with the version requests get. A rebuild validates the files
 * (configuration, compilation, the methodology's own cases) in a child process, so that nothing the new
 * files do can hang or exhaust the service, and swaps the serving version in one atomic step only when all
 * pass; a failed rebuild keeps the previous version serving and records why. A methodology that extends
 * another is served only on top of the parent version that is serving: a parent edit the parent rejected
 * never reaches requests through a child.
 */
@Component
public class MethodologyRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(MethodologyRegistry.class);

    private final Methodologies methodologies;
    private final IsolatedValidator validator;
    private final Map<String, AtomicReference<MethodologyState>> states = new ConcurrentHashMap<>();

    MethodologyRegistry(Methodologies methodologies, IsolatedValidator validator) {
        this.methodologies = methodologies;
        this.validator = validator;
    }

    /** Builds every methodology in the home, parents first, validated together in one child process. */
    void loadAll() {
        long now = System.nanoTime();
        List<String> ids = parentsFirst(methodologies.ids());
        ids.forEach(id -> states.computeIfAbsent(id, k -> new AtomicReference<>(MethodologyState.first(k))));
        for (Validation validation : validator.validate(ids)) {
            apply(validation, now);
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
        states.computeIfAbsent(id, k -> new AtomicReference<>(MethodologyState.first(k))).updateAndGet(MethodologyState::loading);
        return Optional.of(apply(validator.validate(id), changedAt));
    }

    private MethodologyState apply(Validation validation, long changedAt) {
        String id = validation.id();
        AtomicReference<MethodologyState> state = states.computeIfAbsent(id, k -> new AtomicReference<>(MethodologyState.first(k)));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - changedAt);
        MethodologyState next;
        if (!validation.ok()) {
            next = state.updateAndGet(s -> s.failed(validation.version(), errors(validation)));
        } else {
            try {
                ServingVersion serving = serve(id, validation.version());
                next = state.updateAndGet(s -> s.serving(serving, ms));
            } catch (ProblemException e) {
                List<String> errors = e.problems().stream().map(Problem::toString).toList();
                next = state.updateAndGet(s -> s.failed(validation.version(), errors));
            } catch (RuntimeException e) {
                LOG.error("Serving {} failed unexpectedly", id, e);
                next = state.updateAndGet(s -> s.failed(validation.version(), List.of("internal error: " + e)));
            }
        }
        log(next, ms);
        return next;
    }

    /**
     * The validated files, compiled here (the child left them in the compiled-rules cache, and what the cache
     * holds is checked again before it is loaded), provided they are still the files that were validated and
     * the parent serves the version they extend.
     */
    private ServingVersion serve(String id, String validatedVersion) {
        Methodology methodology = methodologies.load(id);
        if (!methodology.version().equals(validatedVersion)) {
            throw problem(id, "the files changed while they were validated; the change is validated next");
        }
        String parent = methodology.config().parent();
        if (parent != null) {
            String parentOnDisk = methodologies.load(parent).version();
            ServingVersion parentServing = state(parent).map(MethodologyState::serving).orElse(null);
            if (parentServing == null || !parentServing.version().equals(parentOnDisk)) {
                throw problem(id, "extends " + parent + ", whose files on disk (version " + shortVersion(parentOnDisk)
                        + ") are not serving" + (parentServing == null ? "" : " (it still serves " + shortVersion(parentServing.version()) + ")")
                        + ": fix or reload " + parent + " first");
            }
        }
        return new ServingVersion(RuleBase.compile(methodology), Instant.now());
    }

    private ProblemException problem(String id, String message) {
        return new ProblemException(Problem.error(methodologies.loader().configFile(id).toString(), 0, 0, null, message));
    }

    /** The ids with every methodology after the one it extends. */
    private List<String> parentsFirst(List<String> ids) {
        List<String> ordered = new ArrayList<>();
        List<String> left = new ArrayList<>(ids);
        while (!left.isEmpty()) {
            int before = left.size();
            for (String id : List.copyOf(left)) {
                String parent = parentOf(id);
                if (parent == null || ordered.contains(parent) || !ids.contains(parent)) {
                    ordered.add(id);
                    left.remove(id);
                }
            }
            if (left.size() == before) {
                ordered.addAll(left); // a cycle: each reports it when validated
                break;
            }
        }
        return ordered;
    }

    private String parentOf(String id) {
        try {
            return methodologies.load(id).config().parent();
        } catch (RuntimeException e) {
            return null;
        }
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
