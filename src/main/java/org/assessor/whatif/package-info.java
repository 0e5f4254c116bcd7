/**
 * {@code whatif}: how sensitive each rating is. How near each result is to its thresholds ({@link
 * org.assessor.whatif.Margins}), which one-step input moves change it ({@link org.assessor.whatif.Fragility}),
 * and the smallest change of inputs that raises it ({@link org.assessor.whatif.Counterfactuals}), each found by
 * rating candidates with the real rules; {@link org.assessor.whatif.Sensitivity} runs them and {@link
 * org.assessor.whatif.SensitivityOutput} writes the files.
 */
package org.assessor.whatif;
