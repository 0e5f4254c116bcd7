package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.assessor.Projects;
import org.junit.jupiter.api.Test;

/** The top-level help lists every command with a complete first sentence, never one cut where its file list begins. */
class HelpTextTest {

    @Test
    void everyCommandsSummaryInTheTopLevelHelpIsACompleteSentence() {
        CommandRun help = CommandRun.of(Projects.HOME, "--help");

        Map<String, String> summaries = summaries(help.out());

        assertThat(summaries).containsOnlyKeys("rate", "explain", "validate", "compare", "whatif", "trend", "verify",
                "generate", "summary", "inspections", "runs", "replay", "serve", "help");
        assertThat(summaries).allSatisfy((command, summary) -> assertThat(summary).as(command).endsWith(".").doesNotEndWith(":."));
        assertThat(summaries.get("compare")).endsWith("the shares of each rating under both.");
        assertThat(summaries.get("whatif")).endsWith("the smallest changes of inputs that raise a rating.");
        assertThat(summaries.get("trend")).endsWith("repeated poor performance and double weak or excellent trusts.");
    }

    @Test
    void aCommandsOwnHelpStillListsTheFilesItWrites() {
        CommandRun help = CommandRun.of(Projects.HOME, "compare", "--help");

        assertThat(help.out()).contains("It writes:\n  changes.csv ", "\n  transitions.csv ", "\n  distribution.csv ", "\n  report.md ");
    }

    /** Command name to its summary, its wrapped lines joined, from the Commands: section. */
    private static Map<String, String> summaries(String help) {
        Map<String, String> summaries = new LinkedHashMap<>();
        String current = null;
        for (String line : help.substring(help.indexOf("Commands:\n") + "Commands:\n".length()).split("\n")) {
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                String[] parts = line.strip().split("\\s+", 2);
                current = parts[0];
                summaries.put(current, parts[1]);
            } else if (current != null && !line.isBlank()) {
                summaries.merge(current, line.strip(), (a, b) -> a + " " + b);
            }
        }
        return summaries;
    }
}
