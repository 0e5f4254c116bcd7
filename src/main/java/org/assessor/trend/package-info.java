/**
 * Ratings across years, read back from {@code ratings.csv} files: each year's distribution per sector and
 * attribute, repeated poor performance, both rating columns together ({@link org.assessor.trend.Trend}, written by
 * {@link org.assessor.trend.TrendOutput}).
 */
package org.assessor.trend;
