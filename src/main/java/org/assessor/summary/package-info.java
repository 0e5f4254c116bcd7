/** Sector summaries of rating files in the form the published articles use: shares per rating value, doubles, flagged groups, year-on-year change. */
package org.assessor.summary;
