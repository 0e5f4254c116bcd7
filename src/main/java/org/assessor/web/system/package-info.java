/** What every web feature shares: errors as problem details, the version header, the layout's user, the archive wired to Spring. */
package org.assessor.web.system;
