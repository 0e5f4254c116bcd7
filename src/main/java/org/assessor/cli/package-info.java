/** The command line: thin picocli commands that parse, call one service, print and return an exit code. */
package org.assessor.cli;
