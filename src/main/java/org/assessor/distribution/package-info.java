/**
 * Ratings counted: per sector and rating under several columns (sides, years, runs), from one rating to another,
 * and rating values in order, lowest first. Shared by compare, whatif, trend and the web's run pages.
 */
package org.assessor.distribution;
