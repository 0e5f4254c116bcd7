package org.assessor.web.runs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assessor.web.runs.ExplanationView.ParamView;
import org.assessor.web.runs.ExplanationView.StepView;

/**
 * One trust's explanation as CSV, one row per fact: {@code section,id,label,value,note}. Sections, in order: the
 * trust and run, the rating, each input (note: the value's label where it differs), each result (likewise), each
 * published value (note: the comparison with the computed one), then every step in firing order (id: its number;
 * note: deciding or detail), each followed by the parameters it read (note: confidence and source). Cells are
 * neutralised for spreadsheets ({@link FormulaCells}).
 */
final class ExplanationCsv {
    private ExplanationCsv() {
    }

    static String of(TrustExplanation trust) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            Rows rows = new Rows(csv);
            rows.add("section", "id", "label", "value", "note");
            ExplanationView explanation = trust.explanation();
            rows.add("trust", "organisation", "organisation", explanation.organisation(), "");
            rows.add("trust", "sector", "sector", explanation.sector(), trust.sector());
            if (trust.period() != null) {
                rows.add("trust", "period", "period", trust.period(), "");
            }
            trust.attributes().forEach(a -> rows.add("trust", a.id(), a.label(), a.value(), ""));
            rows.add("trust", "methodology", "methodology", trust.run().methodology(), "version " + trust.run().methodologyVersion());
            rows.add("trust", "run", "run", String.valueOf(trust.run().id()), "rating " + trust.index() + " of the run");
            rows.add("rating", "rating", trust.ratingLabel(), explanation.rating(), trust.rating());
            trust.inputs().forEach(i -> rows.add("input", i.id(), i.label(), i.raw(), differing(i.value(), i.raw())));
            trust.results().forEach(r -> rows.add("result", r.id(), r.label(), r.raw(), differing(r.value(), r.raw())));
            trust.published().forEach(p -> rows.add("published", p.id(), p.label(), p.published(), p.sentence()));
            for (StepView step : explanation.steps()) {
                rows.add("step", String.valueOf(step.number()), step.rule(), step.text(), step.detail() ? "detail" : "deciding");
                for (ParamView p : step.parameters()) {
                    rows.add("parameter", p.name(), p.description(), p.value(), p.confidence() + "; " + p.reference());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String differing(String shown, String raw) {
        return Objects.equals(shown, raw) ? "" : shown;
    }

    /** Prints rows with every cell neutralised; a missing cell is empty. */
    private record Rows(CSVPrinter csv) {
        void add(String... cells) {
            String[] safe = new String[cells.length];
            for (int i = 0; i < cells.length; i++) {
                safe[i] = FormulaCells.neutralised(cells[i] == null ? "" : cells[i]);
            }
            try {
                csv.printRecord((Object[]) safe);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
