package org.assessor.web.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The users configured in {@code assessor.security.users}. A password must be a hash ({@code {bcrypt}...}):
 * a plain one stops the service at start, naming the user, rather than sitting readable in a file.
 */
final class EmbeddedUsers {
    private static final String BCRYPT = "{bcrypt}";

    private EmbeddedUsers() {
    }

    static InMemoryUserDetailsManager of(SecurityProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        for (SecurityProperties.User user : properties.users()) {
            users.add(details(user));
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails details(SecurityProperties.User user) {
        String where = "assessor.security.users[name=" + user.name() + "]";
        if (user.name() == null || user.name().isBlank()) {
            throw new IllegalStateException("assessor.security.users: a user has no name");
        }
        if (user.password() == null || !user.password().startsWith(BCRYPT)) {
            throw new IllegalStateException(where + ".password: expected a bcrypt hash starting with " + BCRYPT
                    + " (docs/web.md shows how to make one), not a plain password");
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            throw new IllegalStateException(where + ".roles: expected at least one of auditor, analyst, methodology");
        }
        String[] roles = user.roles().stream().map(role -> {
            try {
                return Role.of(role).name();
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ".roles: " + e.getMessage(), e);
            }
        }).toArray(String[]::new);
        return User.withUsername(user.name()).password(user.password()).roles(roles).build();
    }
}
