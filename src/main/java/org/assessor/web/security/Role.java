package org.assessor.web.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

/**
 * The roles, each allowed what the one before it may do and more: an auditor reads everything and compares runs, an analyst
 * also rates, the methodology team also validates and reloads methodologies.
 */
public enum Role {
    AUDITOR, ANALYST, METHODOLOGY;

    /** The name used in configuration and by identity providers: {@code auditor}, {@code analyst}, {@code methodology}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** A role from its id; the error lists the known ones. */
    public static Role of(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + id + "'; known: "
                + Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", ")));
    }

    static RoleHierarchy hierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(METHODOLOGY.name()).implies(ANALYST.name())
                .role(ANALYST.name()).implies(AUDITOR.name())
                .build();
    }
}
