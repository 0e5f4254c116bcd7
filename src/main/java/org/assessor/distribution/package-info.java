/** Ratings counted: per sector and rating under several columns, from one rating to another, and rating values in order. */
package org.assessor.distribution;
