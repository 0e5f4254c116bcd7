package org.assessor.web.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Under the {@code oidc} profile: a user's roles are the Assessor role ids found in the identity
 * provider's roles claim ({@code assessor.security.oidc.roles-claim}); other values are ignored, and a
 * user with none may sign in but sees nothing.
 */
@Configuration
@Profile(SecurityConfiguration.OIDC)
class OidcRoles {

    @Bean
    GrantedAuthoritiesMapper oidcRoles(SecurityProperties properties) {
        String claim = properties.oidc().rolesClaim();
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>();
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    roles(oidc.getUserInfo() != null ? oidc.getUserInfo().getClaim(claim) : null, mapped);
                    roles(oidc.getIdToken().getClaim(claim), mapped);
                }
            }
            return mapped;
        };
    }

    private static void roles(Object claim, Set<GrantedAuthority> into) {
        Collection<?> values = claim instanceof Collection<?> list ? list : claim instanceof String one ? List.of(one.split("[ ,]+")) : List.of();
        for (Object value : values) {
            for (Role role : Role.values()) {
                if (role.id().equals(String.valueOf(value))) {
                    into.add(new SimpleGrantedAuthority(role.authority()));
                }
            }
        }
    }
}
