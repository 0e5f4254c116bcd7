/** Running a methodology's rules over subjects and collecting their ratings with explanations. */
package org.assessor.assessment;
