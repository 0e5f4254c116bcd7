/**
 * Writing ratings, explanations and reports: CSV (one dialect, read back by the reports), JSON and Markdown files,
 * moved into place only when complete, and what a run used.
 */
package org.assessor.output;
