package org.assessor.trend;

import java.nio.file.Path;
import java.util.List;

/**
 * What to summarise: a ratings file, optionally last year's and the input file with the trusts'
 * yes/no properties; the rating columns (default: rating and every column holding only its values) and
 * the flag columns of the input (default: every column holding only yes and no).
 */
public record SummaryOptions(Path ratings, Path previous, Path input, List<String> columns,
                             List<String> flags) {
}
