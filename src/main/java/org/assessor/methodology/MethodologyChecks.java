package org.assessor.methodology;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What binding a configuration cannot check: required fields, and that its ids refer to each other. */
final class MethodologyChecks {
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private MethodologyChecks() {
    }

    static void check(MethodologyConfig config, String expectedId, ConfigProblems problems) {
        if (config.id() == null || !config.id().equals(expectedId)) {
            problems.error("id", "id '" + config.id() + "' must equal the file name '" + expectedId + "'");
        }
        if (config.title() == null || config.title().isBlank()) {
            problems.error("title", "a methodology needs a title");
        }
        requireNonEmpty(config.domains(), "domains", problems);
        requireNonEmpty(config.inputs(), "inputs", problems);
        requireNonEmpty(config.sectors(), "sectors", problems);
        if (config.domains() != null) {
            config.domains().forEach((id, domain) -> checkDomain(id, domain, problems));
        }
        if (config.inputs() != null) {
            config.inputs().forEach((id, input) -> checkInput(id, input, config, problems));
        }
        if (config.sectors() != null) {
            config.sectors().forEach((id, sector) -> checkSector(id, sector, config, problems));
        }
        if (config.attributes() != null) {
            config.attributes().forEach((id, attribute) -> {
                if (attribute != null && attribute.domain() != null
                        && (config.domains() == null || !config.domains().containsKey(attribute.domain()))) {
                    problems.error("attributes." + id + ".domain", "unknown domain '" + attribute.domain() + "'");
                }
            });
        }
        if (config.inputFormat() != null) {
            checkInputFormat(config.inputFormat(), config, problems);
        }
    }

    private static void checkInputFormat(MethodologyConfig.InputFormat format, MethodologyConfig config, ConfigProblems problems) {
        if (!format.isLong()) {
            problems.error("input_format.layout", "unknown layout '" + format.layout() + "'; allowed: long");
            return;
        }
        String[][] required = {{"subject", format.subject()}, {"sector", format.sector()}, {"metric", format.metric()},
                {"value", format.value()}};
        for (String[] column : required) {
            if (column[1] == null || column[1].isBlank()) {
                problems.error("input_format." + column[0], "a long input format needs the " + column[0] + " column");
            }
        }
        if (format.sectorValues() != null && config.sectors() != null) {
            format.sectorValues().forEach((text, sector) -> {
                if (!config.sectors().containsKey(sector)) {
                    problems.error("input_format.sector_values", "'" + text + "' maps to unknown sector '" + sector + "'");
                }
            });
        }
    }

    private static void requireNonEmpty(Map<?, ?> map, String path, ConfigProblems problems) {
        if (map == null || map.isEmpty()) {
            problems.error(path, "'" + path + "' must list at least one entry");
        }
    }

    private static void checkDomain(String id, MethodologyConfig.Domain domain, ConfigProblems problems) {
        String path = "domains." + id;
        if (domain != null && domain.type() != null && !domain.numeric()) {
            problems.error(path + ".type", "unknown domain type '" + domain.type() + "'; allowed: number, integer");
            return;
        }
        if (domain != null && domain.numeric()) {
            if (domain.min() != null && domain.max() != null && domain.min().compareTo(domain.max()) > 0) {
                problems.error(path + ".min", "min " + domain.min().toPlainString() + " is above max " + domain.max().toPlainString());
            }
            return;
        }
        if (domain != null && (domain.min() != null || domain.max() != null)) {
            problems.error(path + (domain.min() != null ? ".min" : ".max"), "min and max are for domains of type number or integer");
        }
        if (domain == null || domain.values() == null || domain.values().isEmpty()) {
            problems.error(path, "domain '" + id + "' must list its values");
            return;
        }
        Map<String, String> meaning = new HashMap<>();
        domain.values().forEach((value, definition) -> {
            List<String> symbols = definition == null || definition.symbols() == null ? List.of() : definition.symbols();
            for (String symbol : symbols) {
                String other = meaning.putIfAbsent(symbol, value);
                if (other != null) {
                    problems.error(path + ".values." + value, "symbol '" + symbol + "' already means '" + other + "'");
                }
            }
        });
    }

    private static void checkInput(String id, MethodologyConfig.InputDefinition input, MethodologyConfig config,
                                   ConfigProblems problems) {
        String path = "inputs." + id;
        if (input == null || input.kind() == null || input.domain() == null) {
            problems.error(path, "input '" + id + "' needs a kind and a domain");
        } else if (config.domains() == null || !config.domains().containsKey(input.domain())) {
            problems.error(path + ".domain", "unknown domain '" + input.domain() + "'");
        }
    }

    private static void checkSector(String id, MethodologyConfig.SectorDefinition sector, MethodologyConfig config,
                                    ConfigProblems problems) {
        String path = "sectors." + id;
        if (sector == null || sector.inputs() == null || sector.inputs().isEmpty()) {
            problems.error(path, "sector '" + id + "' must list its inputs");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String input : sector.inputs()) {
            if (config.inputs() == null || !config.inputs().containsKey(input)) {
                problems.error(path + ".inputs", "unknown input '" + input + "' in sector '" + id + "'");
            }
            if (!seen.add(input)) {
                problems.error(path + ".inputs", "input '" + input + "' is listed twice in sector '" + id + "'");
            }
        }
    }
}
