/** Checking a methodology before it is used: configuration, rule allow-list, compilation and its own cases. */
package org.assessor.validation;
