package org.assessor.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonGenerator;

/** A double is written as Double.toString writes it, whether or not it takes the whole-number shortcut. */
class JsonValuesTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, 1.0, -3.0, 8.0, 0.5, -2.25, 9_999_999.0, -9_999_999.0, 10_000_000.0, -10_000_000.0,
            1e15, 123_456.0, 1e-7, 4.35, Double.MIN_VALUE, 9.007199254740993E15})
    void aDoubleIsWrittenAsTheJdkWritesIt(double number) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = ExplanationsJsonl.JSON.createGenerator(out)) {
            JsonValues.write(g, (Object) number);
        }
        assertThat(out.toString()).isEqualTo(Double.toString(number));
    }
}
