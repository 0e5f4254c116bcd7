package org.assessor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assessor.rules.HostileSamples.Sample;

/**
 * A methodology home holding one methodology per hostile sample, named after it, with the sample as its
 * rules (in its own package), a small configuration that allows what the sample's header says, one case,
 * and an input file of three trusts: what someone who may write rules would hand to validate, rate or serve.
 */
public final class HostileHome {
    private final Path home;

    private HostileHome(Path home) {
        this.home = home;
    }

    public static HostileHome of(Path home, List<Sample> samples) {
        try {
            Files.createDirectories(home.resolve("methodology-configs"));
            Path docs = Files.createDirectories(home.resolve("docs/methodologies"));
            Files.write(docs.resolve("hostile-home.md"), resource("hostile-home.md").getBytes(StandardCharsets.UTF_8));
            for (Sample sample : samples) {
                add(home, sample);
            }
            Files.write(home.resolve("input.csv"), resource("input.csv").getBytes(StandardCharsets.UTF_8));
            return new HostileHome(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return home;
    }

    public Path input() {
        return home.resolve("input.csv");
    }

    /** Where the sample's rules are in this home, as problems name the file. */
    public Path rulesOf(Sample sample) {
        return home.resolve("rules").resolve(sample.name()).resolve("rules.drl");
    }

    private static void add(Path home, Sample sample) throws IOException {
        String id = sample.name();
        Path configs = home.resolve("methodology-configs");
        Files.writeString(configs.resolve(id + ".yaml"), resource("methodology.yaml").replace("ID", id)
                .replace("FUNCTIONS", String.valueOf(sample.functions())).replace("EVAL", String.valueOf(sample.eval())));
        Files.writeString(configs.resolve(id + ".tests.yaml"), resource("methodology.tests.yaml").replace("ID", id));
        Path rules = Files.createDirectories(home.resolve("rules").resolve(id));
        Files.writeString(rules.resolve("rules.drl"), sample.textFor(id));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HostileHome.class.getResourceAsStream("/hostile-home/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
