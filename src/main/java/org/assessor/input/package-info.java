/** Reading assessments from CSV input, checking every value against the methodology before anything is rated. */
package org.assessor.input;
