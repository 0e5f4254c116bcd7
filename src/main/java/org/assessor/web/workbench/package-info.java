/** The methodology team's workbench on the web (role {@code methodology}): drafts, checks, diffs, approval, publication, history. */
package org.assessor.web.workbench;
