/**
 * Cross-cutting pieces: located problems reported to users, hashing, the engine's version, the one number
 * syntax ({@link org.assessor.system.NumberText}), values shown in messages ({@link org.assessor.system.Shown}),
 * and reading a user's text and YAML files within caps.
 */
package org.assessor.system;
