/** Why a subject got its rating: the steps rules took, captured while they fire and rendered when read. */
package org.assessor.explanation;
