package org.assessor.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code assessor.security}: the embedded users (name, bcrypt-hashed password, roles) and, under the
 * {@code oidc} profile, the identity-provider claim that carries a user's roles.
 */
@ConfigurationProperties("assessor.security")
record SecurityProperties(List<User> users, Oidc oidc) {

    SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        oidc = oidc == null ? new Oidc("roles") : oidc;
    }

    record User(String name, String password, List<String> roles) {
    }

    record Oidc(String rolesClaim) {
    }
}
