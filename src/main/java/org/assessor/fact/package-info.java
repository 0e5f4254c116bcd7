/**
 * The facts rules reason over: assessments, their inputs, methodology parameters with their confidence, and what
 * rules derive. The bottom layer: nothing here depends on any other package of Assessor.
 */
package org.assessor.fact;
