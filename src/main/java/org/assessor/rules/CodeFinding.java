package org.assessor.rules;

/**
 * What the generated-code check found: the class and method it is in, the word to look for in the DRL
 * (a member's name, a type's simple name, or words such as {@code while|for|do}), and why it is refused.
 */
record CodeFinding(String className, String method, String token, String message) {
}
