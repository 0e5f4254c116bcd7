/** The audit log as a page: who did what, searched and filtered. */
package org.assessor.web.audit;
