/**
 * {@code compare}: the same input rated under two methodologies, or one and a what-if of it ({@link
 * org.assessor.compare.Comparer}): the ratings paired, what differs in their explanations, and the files that show
 * it ({@link org.assessor.compare.ComparisonOutput}). Computed from ratings the engine produced; nothing
 * re-implements a methodology.
 */
package org.assessor.compare;
