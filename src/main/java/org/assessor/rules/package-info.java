/** Turns a methodology's DRL files into a Drools rule base, reporting every compile problem with its place. */
package org.assessor.rules;
