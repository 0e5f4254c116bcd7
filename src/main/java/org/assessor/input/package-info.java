/** Reading an input file into assessments, each with its inputs, checking every value against the methodology before anything is rated. */
package org.assessor.input;
