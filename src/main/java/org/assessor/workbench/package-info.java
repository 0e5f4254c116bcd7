/**
 * The methodology team's workbench: drafts of a methodology edited apart from the files that serve, checked and
 * compared like the files, published with a reason and a second user's approval, every published version kept
 * with who, when and why, and any of them restorable. The files under {@code methodology-configs/} and
 * {@code rules/} stay the truth the command line and the server read; the workbench keeps its own under
 * {@code workbench/} in the same home.
 */
package org.assessor.workbench;
