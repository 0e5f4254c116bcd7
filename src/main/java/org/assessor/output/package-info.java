/** Writing ratings, explanations, tables and reports (one CSV dialect, JSON, Markdown), all or nothing, and what a run used. */
package org.assessor.output;
