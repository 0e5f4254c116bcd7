package org.assessor.web.methodologies;

import org.assessor.archive.AuditLog;
import org.assessor.serving.MethodologyRegistry;
import org.assessor.serving.MethodologyState;
import org.assessor.serving.Status;
import org.assessor.serving.UnknownMethodologyException;
import org.assessor.validation.IsolatedValidator;
import org.springframework.stereotype.Component;

/**
 * What the methodology team does to a methodology: validate its files as they are on disk now (without
 * serving them), and reload it (validate, then serve it if it passes). Both are audited.
 */
@Component
final class Maintenance {
    private final MethodologyRegistry registry;
    private final IsolatedValidator validator;
    private final AuditLog audit;

    Maintenance(MethodologyRegistry registry, IsolatedValidator validator, AuditLog audit) {
        this.registry = registry;
        this.validator = validator;
        this.audit = audit;
    }

    ValidationView validate(String id, String user) {
        known(id);
        ValidationView validation = ValidationView.of(validator.validate(id));
        audit.record(user, "validate", id, validation.ok() ? "ok" : "failed: " + validation.problems().size() + " problems, "
                + validation.cases().stream().filter(c -> !c.passed()).count() + " failed cases");
        return validation;
    }

    MethodologyState reload(String id, String user) {
        known(id);
        MethodologyState state = registry.rebuild(id, System.nanoTime()).orElseThrow(() -> new UnknownMethodologyException(id, registry.ids()));
        audit.record(user, "reload", id, state.status() == Status.SERVING ? "ok" : "failed: " + String.join("; ", state.lastError()));
        return state;
    }

    private void known(String id) {
        if (registry.state(id).isEmpty()) {
            throw new UnknownMethodologyException(id, registry.ids());
        }
    }
}
