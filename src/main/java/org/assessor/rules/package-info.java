/**
 * Turns a methodology's DRL files into a Drools rule base, reporting every compile problem with its place;
 * and knows which parameters the rules read and how, so that a missing or ill-fitting one is refused first.
 */
package org.assessor.rules;
