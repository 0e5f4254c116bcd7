/** Who may do what: sign-in (embedded users or an external OpenID Connect provider), roles, CSRF, and auditing sign-ins and refusals. */
package org.assessor.security;
