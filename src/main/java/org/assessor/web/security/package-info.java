/** Who may do what: the sign-in page and sign-in (embedded users or an external OpenID Connect provider) and its throttling, roles, CSRF, security headers, and auditing sign-ins and refusals. */
package org.assessor.web.security;
