/**
 * The engine: rules run over assessments (each {@code Assessment} fact with its inputs) in bounded, guarded
 * batches, each rating's steps recorded; it knows neither readers nor writers.
 */
package org.assessor.assessment;
