package org.assessor.archive;

import java.nio.file.Path;

import org.assessor.methodology.Methodology;

/**
 * What a run is about to rate, and who asked.
 *
 * @param input     the input file; the archive keeps a copy of its bytes
 * @param inputName the name to show for it (a web upload's file name, a CLI argument as given)
 * @param period    the one period rated from a long input with periods, or null
 * @param ranBy     the user name (the web login, or the operating-system user for the CLI)
 * @param origin    {@code cli} or {@code web}
 */
public record RunStart(Methodology methodology, Path input, String inputName, String period, String ranBy,
                       String origin) {
}
