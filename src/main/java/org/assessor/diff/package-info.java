/**
 * {@code diff}: what differs between two methodologies or versions of one, by meaning rather than by line: settings,
 * sectors, inputs, outputs and tables, parameters (values, sources, confidence) and rules (with their DRL changes).
 */
package org.assessor.diff;
