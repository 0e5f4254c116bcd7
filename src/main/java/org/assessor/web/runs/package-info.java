/** Archived rating runs on the web: starting one in the background with its progress, reading its ratings and explanations, comparing two, league tables. */
package org.assessor.web.runs;
