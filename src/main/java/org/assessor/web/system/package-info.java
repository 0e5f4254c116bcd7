/**
 * What every web feature shares: errors as problem details ({@link org.assessor.web.system.RequestProblem},
 * {@link org.assessor.web.system.ApiErrors}), the methodology-version header, and the signed-in user in every
 * page's layout.
 */
package org.assessor.web.system;
