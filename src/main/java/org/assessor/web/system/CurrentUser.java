package org.assessor.web.system;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs about the signed-in user: the name and which actions to offer. Roles are
 * read through the role hierarchy, so the methodology team is offered the analyst's actions too. Hiding a
 * button is only a courtesy: the security rules refuse the request itself.
 */
@ControllerAdvice(annotations = Controller.class)
final class CurrentUser {
    private final RoleHierarchy roles;

    CurrentUser(RoleHierarchy roles) {
        this.roles = roles;
    }

    @ModelAttribute("user")
    String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    @ModelAttribute("canRate")
    boolean canRate() {
        return has("ROLE_ANALYST");
    }

    @ModelAttribute("canMaintain")
    boolean canMaintain() {
        return has("ROLE_METHODOLOGY");
    }

    private boolean has(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority).anyMatch(role::equals);
    }
}
