/**
 * Rating an input file with a methodology, above the engine: compiled once per version, the input read as it
 * is rated, progress told, and what the run used.
 */
package org.assessor.rating;
