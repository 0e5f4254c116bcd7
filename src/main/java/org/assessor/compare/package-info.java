/** {@code compare}: one input rated under two methodologies, or one and a what-if of it, paired, with what differs and why. */
package org.assessor.compare;
