/** The facts rules reason over: subjects, their inputs, methodology parameters, and what rules derive. */
package org.assessor.fact;
