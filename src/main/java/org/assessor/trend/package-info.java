/**
 * Ratings across years, read back from {@code ratings.csv} files: each year's distribution per sector and
 * attribute, repeated poor performance and both rating columns together ({@link org.assessor.trend.Trend}, written
 * by {@link org.assessor.trend.TrendOutput}); and a year's sector summaries as the published articles gave them,
 * with the change from the year before ({@link org.assessor.trend.SectorSummaries}).
 */
package org.assessor.trend;
