package org.assessor.web.security;

import org.assessor.archive.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Sign-ins through the form or the identity provider, and failed attempts (any way), in the audit log. */
@Component
final class SignInAudit {
    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), "login", null, "ok");
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        audit.record(TypedName.of(event.getAuthentication().getName()), "login", null,
                "refused: " + event.getException().getMessage());
    }
}
