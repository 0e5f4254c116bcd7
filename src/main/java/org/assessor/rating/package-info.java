/** Rating an input file with a methodology, above the engine: compiled once per version, read as it is rated, with progress; the one pipeline (read, rate, sinks) of rate, the web and replay. */
package org.assessor.rating;
