/** The run archive over plain JDBC: every run with its input, methodology files, ratings and explanations, and replaying one. */
package org.assessor.archive;
