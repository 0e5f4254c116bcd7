/** Assessor; {@link org.assessor.AssessorApplication} starts the web application, and the packages below are its layers (README: The packages). */
package org.assessor;
