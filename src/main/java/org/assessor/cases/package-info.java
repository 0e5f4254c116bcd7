/** A methodology's own test cases: named YAML cases (input, expected results, rules expected to fire) and running them. */
package org.assessor.cases;
