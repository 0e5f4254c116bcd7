package org.assessor.fact;

/** A trust's likely ranges as published, "low - high": of its average score and of its league-table rank. */
public record LikelyRange(String averageScore, String rank) {
}
