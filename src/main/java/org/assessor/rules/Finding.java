package org.assessor.rules;

/** Something the allow-list found at a place in a DRL file (1-based line and column), before it knows the rule. */
record Finding(int line, int column, String message) {
}
