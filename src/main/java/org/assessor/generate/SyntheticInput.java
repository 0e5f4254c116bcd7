package org.assessor.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.MethodologyConfig.AttributeDefinition;
import org.assessor.methodology.MethodologyConfig.InputDefinition;
import org.assessor.methodology.MethodologyConfig.SectorDefinition;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;

/**
 * Plausible synthetic input for any methodology, made only from its configuration: one row per trust,
 * named "Synthetic Trust 0001" and so on, with the columns the methodology reads. Each trust draws a
 * quality between 0 and 1 that tilts all its performance values the same way, so a trust doing well on
 * one input tends to do well on the others; inputs of kind {@value #ATTRIBUTE_KIND} and attributes
 * describe the trust and are drawn without the tilt. The same methodology, number and seed always
 * give the same bytes. Methodologies read from long files, or with numeric inputs, are not supported.
 */
public final class SyntheticInput {
    public static final String NAME_PREFIX = "Synthetic Trust ";
    static final String ATTRIBUTE_KIND = "attribute";
    /** How strongly a trust's quality tilts its values: from about e^-0.9 to e^0.9 per step. */
    private static final double TILT = 1.8;

    private final Methodology methodology;
    private final Map<String, ValueDraw> inputDraws = new LinkedHashMap<>();
    private final Map<String, ValueDraw> attributeDraws = new LinkedHashMap<>();

    /**
     * @throws ProblemException for a methodology read from long files ({@code input_format}) or with an
     *         input of a numeric domain: there is nothing to draw plausible values from
     */
    public SyntheticInput(Methodology methodology) {
        this.methodology = methodology;
        var domains = methodology.config().domains();
        String file = "methodology-configs/" + methodology.id() + ".yaml";
        if (methodology.config().inputFormat() != null) {
            throw new ProblemException(Problem.error(file, 0, 0, "input_format", "methodology " + methodology.id()
                    + " reads long input files; generate writes the wide layout (one column per input) only"));
        }
        for (Map.Entry<String, InputDefinition> input : methodology.inputs().entrySet()) {
            if (domains.get(input.getValue().domain()).numeric()) {
                throw new ProblemException(Problem.error(file, 0, 0, "inputs." + input.getKey(), "input " + input.getKey()
                        + " takes any number (domain " + input.getValue().domain() + "); generate draws only from listed values"));
            }
            if (methodology.sectors().values().stream().anyMatch(s -> s.inputs().contains(input.getKey()))) {
                boolean graded = !ATTRIBUTE_KIND.equals(input.getValue().kind());
                inputDraws.put(input.getKey(), new ValueDraw(domains.get(input.getValue().domain()), graded));
            }
        }
        for (Map.Entry<String, AttributeDefinition> attribute : methodology.attributes().entrySet()) {
            AttributeDefinition definition = attribute.getValue();
            attributeDraws.put(attribute.getKey(), definition == null || definition.domain() == null ? null
                    : new ValueDraw(domains.get(definition.domain()), false));
        }
    }

    /** The header: organisation, sector, the attributes, then every input some sector uses. */
    public List<String> header() {
        List<String> header = new ArrayList<>(List.of("organisation", "sector"));
        header.addAll(attributeDraws.keySet());
        header.addAll(inputDraws.keySet());
        return header;
    }

    public List<List<String>> rows(int trusts, long seed) {
        Random random = new Random(seed);
        List<List<String>> rows = new ArrayList<>(trusts);
        int number = 0;
        for (Map.Entry<String, Integer> sector : SectorCounts.split(methodology.sectors(), trusts).entrySet()) {
            SectorDefinition definition = methodology.sectors().get(sector.getKey());
            for (int i = 0; i < sector.getValue(); i++) {
                rows.add(row(String.format("%s%04d", NAME_PREFIX, ++number), sector.getKey(), definition, random));
            }
        }
        return rows;
    }

    private List<String> row(String name, String sector, SectorDefinition definition, Random random) {
        double tilt = Math.exp(TILT * (0.5 - random.nextDouble()));
        List<String> row = new ArrayList<>(List.of(name, sector));
        attributeDraws.values().forEach(draw -> row.add(draw == null ? "" : draw.draw(random, 1)));
        inputDraws.forEach((input, draw) -> {
            boolean describes = ATTRIBUTE_KIND.equals(methodology.inputs().get(input).kind());
            row.add(definition.inputs().contains(input) ? draw.draw(random, describes ? 1 : tilt) : "");
        });
        return row;
    }

    /** Writes the rows as UTF-8 CSV with a header and LF line ends. */
    public void write(int trusts, long seed, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(header());
            for (List<String> row : rows(trusts, seed)) {
                csv.printRecord(row);
            }
        }
    }
}
