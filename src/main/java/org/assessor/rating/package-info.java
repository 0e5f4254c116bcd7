/** Rating an input file with a methodology, above the engine: compiled once per version, read as it is rated, with progress. */
package org.assessor.rating;
