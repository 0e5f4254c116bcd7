/** {@code trend} and {@code summary}: ratings across years, read back from ratings.csv files, and a year's sector summaries against the last. */
package org.assessor.trend;
