/** The run archive: every rating run with its input, methodology files, ratings and explanations. */
package org.assessor.archive;
