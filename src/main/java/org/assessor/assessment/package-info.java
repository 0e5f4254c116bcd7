/**
 * The engine: running a methodology's rules over assessments in bounded batches, guarding what rules may do and
 * derive, and recording each rating's steps as the rules fire. It knows neither readers nor writers.
 */
package org.assessor.assessment;
