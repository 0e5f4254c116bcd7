/** What-if and trend pages over archived runs: the {@code whatif} and {@code trend} features on the archive's runs, with charts. */
package org.assessor.web.analysis;
