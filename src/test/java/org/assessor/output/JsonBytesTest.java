package org.assessor.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonGenerator;

/** JsonBytes writes the bytes Jackson's generator writes for the same calls, which is what readers of the files were given before. */
class JsonBytesTest {

    @Test
    void everyCharacterOfTheBasicPlaneIsEncodedAsJacksonEncodesIt() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            all.append(c);
        }
        for (int c = Character.MAX_SURROGATE + 1; c <= Character.MAX_VALUE; c++) {
            all.append((char) c);
        }
        String text = all.toString();
        assertSame(g -> g.string(text), g -> g.writeString(text));
        // one character a string too, so that each escape is also seen at a string's edges
        for (int i = 0; i < text.length(); i += 97) {
            String one = text.substring(i, i + 1);
            assertSame(g -> g.string(one), g -> g.writeString(one));
        }
    }

    @Test
    void surrogatesPairedOrAloneAreWrittenAsJacksonWritesThem() {
        for (String text : List.of("\uD83D\uDE00", "a\uD83D\uDE00b", "\uD800", "x\uDC00", "\uDBFF\uDFFF\"\\\n", "\uDC00\uD800")) {
            assertSame(g -> g.string(text), g -> g.writeString(text));
            assertSame(g -> g.startObject().name(text).string(text).endObject(), g -> {
                g.writeStartObject();
                g.writeName(text);
                g.writeString(text);
                g.writeEndObject();
            });
        }
    }

    @Test
    void randomTextsAreWrittenAsJacksonWritesThem() {
        Random random = new Random(15);
        for (int n = 0; n < 2_000; n++) {
            char[] chars = new char[random.nextInt(40)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x80) : (char) random.nextInt(Character.MAX_VALUE + 1);
            }
            String text = new String(chars);
            assertSame(g -> g.string(text), g -> g.writeString(text));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, 1.0, -3.0, 8.0, 0.5, -2.25, 9_999_999.0, -9_999_999.0, 10_000_000.0, -10_000_000.0,
            1e15, 123_456.0, 1e-7, 4.35, Double.MIN_VALUE, Double.MAX_VALUE, 9.007199254740993E15, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aDoubleIsWrittenAsJacksonWritesIt(double number) {
        assertSame(g -> g.value(number), g -> g.writeNumber(number));
        if (Double.isFinite(number)) {
            assertThat(written(g -> g.value(number))).isEqualTo(Double.toString(number));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 9, 10, 11, 99, 100, 12_345, 99_999_999, 100_000_000, 999_999_999, 1_000_000_000, -1, -10,
            Long.MAX_VALUE, Long.MIN_VALUE})
    void aWholeNumberIsWrittenAsJacksonWritesIt(long number) {
        assertSame(g -> g.number(number), g -> g.writeNumber(number));
        assertSame(g -> g.value(number), g -> g.writeNumber(number));
    }

    @Test
    void otherValuesAreWrittenAsJacksonWritesThemInAMap() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("text", "pass");
        values.put("int", 3);
        values.put("long", -9_000_000_000L);
        values.put("double", 2.5);
        values.put("yes", true);
        values.put("no", false);
        values.put("nothing", null);
        values.put("decimal", new BigDecimal("1.50"));
        values.put("small decimal", new BigDecimal("1E-10"));
        values.put("big", new BigInteger("123456789012345678901234567890"));
        values.put("float", 1.25f);
        values.put("short", (short) 7);
        values.put("list", List.of(1, "two", 3.0));
        values.put("nested", Map.of("a", 1));
        assertSame(g -> g.value(values), g -> g.writePOJO(values));
    }

    @Test
    void nestedStructuresHaveTheirCommasWhereJacksonPutsThem() {
        assertSame(g -> g.startObject().name("a").startArray().endArray().name("b").startArray().number(1).startArray().endArray()
                        .startObject().endObject().string("x").endArray().name("c").startObject().name("d").nothing().endObject()
                        .name("e").bool(true).endObject(),
                g -> {
                    g.writeStartObject();
                    g.writeName("a");
                    g.writeStartArray();
                    g.writeEndArray();
                    g.writeName("b");
                    g.writeStartArray();
                    g.writeNumber(1);
                    g.writeStartArray();
                    g.writeEndArray();
                    g.writeStartObject();
                    g.writeEndObject();
                    g.writeString("x");
                    g.writeEndArray();
                    g.writeName("c");
                    g.writeStartObject();
                    g.writeName("d");
                    g.writeNull();
                    g.writeEndObject();
                    g.writeName("e");
                    g.writeBoolean(true);
                    g.writeEndObject();
                });
    }

    @Test
    void aFragmentWrittenByJacksonTakesItsPlaceAmongTheOthers() {
        List<Object> list = new ArrayList<>(List.of("a", 1));
        assertSame(g -> g.startArray().number(1).jackson(json -> json.writePOJO(list)).string("z").endArray(), g -> {
            g.writeStartArray();
            g.writeNumber(1);
            g.writePOJO(list);
            g.writeString("z");
            g.writeEndArray();
        });
    }

    @Test
    void aLineLongerThanItsFirstArrayGrows() {
        String long1 = "é".repeat(5_000) + "\u0001".repeat(3_000);
        assertSame(g -> g.startArray().string(long1).string(long1).endArray(), g -> {
            g.writeStartArray();
            g.writeString(long1);
            g.writeString(long1);
            g.writeEndArray();
        });
    }

    private static void assertSame(Consumer<JsonBytes> ours, Consumer<JsonGenerator> jackson) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = ExplanationsJsonl.JSON.createGenerator(out)) {
            jackson.accept(g);
        }
        assertThat(written(ours)).isEqualTo(out.toString(java.nio.charset.StandardCharsets.UTF_8));
        JsonBytes bytes = new JsonBytes(4);
        ours.accept(bytes);
        assertThat(bytes.toByteArray()).isEqualTo(out.toByteArray());
    }

    private static String written(Consumer<JsonBytes> ours) {
        JsonBytes bytes = new JsonBytes(16);
        ours.accept(bytes);
        return new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
