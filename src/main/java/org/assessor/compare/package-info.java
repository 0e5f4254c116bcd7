/**
 * Comparing ratings: the same data under two methodologies or a what-if ({@link org.assessor.compare.Comparer}),
 * how near each rating is to a threshold and which inputs would change it ({@link org.assessor.whatif.Margins},
 * {@link org.assessor.whatif.Fragility}, {@link org.assessor.whatif.Counterfactuals}), and ratings across years
 * ({@link org.assessor.compare.Trend}). Everything here is computed from ratings the engine produced; nothing
 * re-implements a methodology.
 */
package org.assessor.compare;
