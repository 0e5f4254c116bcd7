/**
 * What rules see: the assessment (one organisation rated in one sector and period, the one name of the rated unit
 * from input to output), its inputs, parameters with their confidence, and what rules derive. Depends on nothing.
 */
package org.assessor.fact;
