/**
 * What every web feature shares: errors as problem details ({@link org.assessor.web.system.RequestProblem},
 * {@link org.assessor.web.system.ApiErrors}), the methodology-version header, the signed-in user in every
 * page's layout, and the run archive wired to Spring's data source.
 */
package org.assessor.web.system;
