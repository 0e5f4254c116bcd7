/**
 * Who may do what: the sign-in page and sign-in (embedded users or an OpenID Connect provider) with its throttling,
 * roles, CSRF, security headers, and auditing sign-ins and refusals.
 */
package org.assessor.web.security;
